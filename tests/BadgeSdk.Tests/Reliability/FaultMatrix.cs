using System.Globalization;
using System.Text;
using BadgeSdk.Issuance;
using BadgeSdk.Loyalty;
using BadgeSdk.Passes;

namespace BadgeSdk.Tests.Reliability;

/// <summary>
/// The fault matrix: for every write and every fault, how many requests reach the server, what the
/// caller gets, and whether it is told the write may have happened. The rows are the specification;
/// <see cref="FaultMatrixTests"/> proves each over real HTTP, and docs/reliability.md shows them.
/// </summary>
/// <remarks>
/// The clients retry twice (<see cref="MaxRetries"/>), so a fault on every attempt of a retried
/// write reaches the server three times. Keyed writes carry the caller's own idempotency key or
/// request id. Push notifications and webhook endpoints are not idempotent: only a refused
/// connection is retried. A "processed" exception (<c>BadgeAlreadyProcessedException</c>, for issues
/// <c>BadgeProbablyIssuedException</c>) is the answer to a 2xx that cannot be read: the server said yes.
/// </remarks>
internal static class FaultMatrix
{
    public const int MaxRetries = 2;

    public static IReadOnlyList<Expected> Rows { get; } =
    [
        // RefusedOnce: the first attempt's connection is refused; later attempts are answered.
        Row(Write.IssueBadge,            Fault.RefusedOnce,                                 1, typeof(IssueBadgeResult),                null),
        Row(Write.IssueBadgeViaGet,      Fault.RefusedOnce,                                 1, typeof(IssueBadgeResult),                null),
        Row(Write.CreateBadgeTemplate,   Fault.RefusedOnce,                                 1, typeof(CreateBadgeTemplateResult),       null),
        Row(Write.UpsertUserPass,        Fault.RefusedOnce,                                 1, typeof(UpsertUserPassResult),            null),
        Row(Write.SendPushNotification,  Fault.RefusedOnce,                                 1, typeof(SendPushNotificationResult),      null),
        Row(Write.CreateSdkToken,        Fault.RefusedOnce,                                 1, typeof(CreateSdkTokenResult),            null),
        Row(Write.CreateWebhookEndpoint, Fault.RefusedOnce,                                 1, typeof(CreateWebhookEndpointResult),     null),
        Row(Write.CreateBadge,           Fault.RefusedOnce,                                 1, typeof(CreateBadgeResult),               false),
        Row(Write.IssueBulk,             Fault.RefusedOnce,                                 1, typeof(IssueBulkResult),                 false),

        // RefusedAlways: every attempt's connection is refused.
        Row(Write.IssueBadge,            Fault.RefusedAlways,                               0, typeof(BadgeTransientException),         false),
        Row(Write.IssueBadgeViaGet,      Fault.RefusedAlways,                               0, typeof(BadgeTransientException),         false),
        Row(Write.CreateBadgeTemplate,   Fault.RefusedAlways,                               0, typeof(BadgeTransientException),         false),
        Row(Write.UpsertUserPass,        Fault.RefusedAlways,                               0, typeof(BadgeTransientException),         false),
        Row(Write.SendPushNotification,  Fault.RefusedAlways,                               0, typeof(BadgeTransientException),         false),
        Row(Write.CreateSdkToken,        Fault.RefusedAlways,                               0, typeof(BadgeTransientException),         false),
        Row(Write.CreateWebhookEndpoint, Fault.RefusedAlways,                               0, typeof(BadgeTransientException),         false),
        Row(Write.CreateBadge,           Fault.RefusedAlways,                               0, typeof(BadgeTransientException),         false),
        Row(Write.IssueBulk,             Fault.RefusedAlways,                               0, typeof(BadgeTransientException),         false),

        // ResetOnce: the request arrives, the connection is reset instead of the answer; later attempts are answered.
        Row(Write.IssueBadge,            Fault.ResetOnce,                                   2, typeof(IssueBadgeResult),                null),
        Row(Write.IssueBadgeViaGet,      Fault.ResetOnce,                                   2, typeof(IssueBadgeResult),                null),
        Row(Write.CreateBadgeTemplate,   Fault.ResetOnce,                                   2, typeof(CreateBadgeTemplateResult),       null),
        Row(Write.UpsertUserPass,        Fault.ResetOnce,                                   2, typeof(UpsertUserPassResult),            null),
        Row(Write.SendPushNotification,  Fault.ResetOnce,                                   1, typeof(BadgeTransientException),         true),
        Row(Write.CreateSdkToken,        Fault.ResetOnce,                                   2, typeof(CreateSdkTokenResult),            null),
        Row(Write.CreateWebhookEndpoint, Fault.ResetOnce,                                   1, typeof(BadgeTransientException),         true),
        Row(Write.CreateBadge,           Fault.ResetOnce,                                   2, typeof(CreateBadgeResult),               true),
        Row(Write.IssueBulk,             Fault.ResetOnce,                                   2, typeof(IssueBulkResult),                 false),

        // ResetAlways: every attempt arrives and is reset.
        Row(Write.IssueBadge,            Fault.ResetAlways,                                 3, typeof(BadgeTransientException),         true),
        Row(Write.IssueBadgeViaGet,      Fault.ResetAlways,                                 3, typeof(BadgeTransientException),         true),
        Row(Write.CreateBadgeTemplate,   Fault.ResetAlways,                                 3, typeof(BadgeTransientException),         true),
        Row(Write.UpsertUserPass,        Fault.ResetAlways,                                 3, typeof(BadgeTransientException),         true),
        Row(Write.SendPushNotification,  Fault.ResetAlways,                                 1, typeof(BadgeTransientException),         true),
        Row(Write.CreateSdkToken,        Fault.ResetAlways,                                 3, typeof(BadgeTransientException),         true),
        Row(Write.CreateWebhookEndpoint, Fault.ResetAlways,                                 1, typeof(BadgeTransientException),         true),
        // CreateBadge is reconciled by the client: no pipeline retry after a possibly processed failure, a
        // look-up by name (the matrix answers "not there"), then one resend that has its own pipeline.
        Row(Write.CreateBadge,           Fault.ResetAlways,                                 2, typeof(BadgeTransientException),         true),
        Row(Write.IssueBulk,             Fault.ResetAlways,                                 3, typeof(BadgeTransientException),         true),

        // ResetThen503: the first attempt arrives and is reset, later ones are declined with 503 until retries run out.
        Row(Write.IssueBadge,            Fault.ResetThen503,                                3, typeof(BadgeTransientException),         true),
        Row(Write.IssueBadgeViaGet,      Fault.ResetThen503,                                3, typeof(BadgeTransientException),         true),
        Row(Write.CreateBadgeTemplate,   Fault.ResetThen503,                                3, typeof(BadgeTransientException),         true),
        Row(Write.UpsertUserPass,        Fault.ResetThen503,                                3, typeof(BadgeTransientException),         true),
        Row(Write.SendPushNotification,  Fault.ResetThen503,                                1, typeof(BadgeTransientException),         true),
        Row(Write.CreateSdkToken,        Fault.ResetThen503,                                3, typeof(BadgeTransientException),         true),
        Row(Write.CreateWebhookEndpoint, Fault.ResetThen503,                                1, typeof(BadgeTransientException),         true),
        Row(Write.CreateBadge,           Fault.ResetThen503,                                4, typeof(BadgeTransientException),         true),
        Row(Write.IssueBulk,             Fault.ResetThen503,                                3, typeof(BadgeTransientException),         true),

        // ResetThenKeyRejected: the first attempt arrives and is reset; the retry is rejected as a repeat (reused key 409, Capillary 725 or 809).
        Row(Write.IssueBadge,            Fault.ResetThenKeyRejected,                        2, typeof(BadgeProbablyIssuedException),    true),
        Row(Write.IssueBadgeViaGet,      Fault.ResetThenKeyRejected,                        2, typeof(BadgeProbablyIssuedException),    true),
        Row(Write.CreateBadgeTemplate,   Fault.ResetThenKeyRejected,                        2, typeof(BadgeAlreadyProcessedException),  true),
        Row(Write.CreateBadge,           Fault.ResetThenKeyRejected,                        2, typeof(BadgeConflictException),          true),
        Row(Write.IssueBulk,             Fault.ResetThenKeyRejected,                        2, typeof(BadgeAlreadyProcessedException),  true),

        // CleanCloseOnce: the request arrives, the connection closes cleanly without an answer (`EMPTY_RESPONSE`); later attempts are answered.
        Row(Write.IssueBadge,            Fault.CleanCloseOnce,                              2, typeof(IssueBadgeResult),                null),
        Row(Write.IssueBadgeViaGet,      Fault.CleanCloseOnce,                              2, typeof(IssueBadgeResult),                null),
        Row(Write.CreateBadgeTemplate,   Fault.CleanCloseOnce,                              2, typeof(CreateBadgeTemplateResult),       null),
        Row(Write.UpsertUserPass,        Fault.CleanCloseOnce,                              2, typeof(UpsertUserPassResult),            null),
        Row(Write.SendPushNotification,  Fault.CleanCloseOnce,                              1, typeof(BadgeTransientException),         true),
        Row(Write.CreateSdkToken,        Fault.CleanCloseOnce,                              2, typeof(CreateSdkTokenResult),            null),
        Row(Write.CreateWebhookEndpoint, Fault.CleanCloseOnce,                              1, typeof(BadgeTransientException),         true),
        Row(Write.CreateBadge,           Fault.CleanCloseOnce,                              2, typeof(CreateBadgeResult),               true),
        Row(Write.IssueBulk,             Fault.CleanCloseOnce,                              2, typeof(IssueBulkResult),                 false),

        // CleanCloseOnReusedConnection: as above, on a pooled connection an earlier call used.
        Row(Write.IssueBadge,            Fault.CleanCloseOnReusedConnection,                2, typeof(IssueBadgeResult),                null),
        Row(Write.IssueBadgeViaGet,      Fault.CleanCloseOnReusedConnection,                2, typeof(IssueBadgeResult),                null),
        Row(Write.CreateBadgeTemplate,   Fault.CleanCloseOnReusedConnection,                2, typeof(CreateBadgeTemplateResult),       null),
        Row(Write.UpsertUserPass,        Fault.CleanCloseOnReusedConnection,                2, typeof(UpsertUserPassResult),            null),
        Row(Write.SendPushNotification,  Fault.CleanCloseOnReusedConnection,                1, typeof(BadgeTransientException),         true),
        Row(Write.CreateSdkToken,        Fault.CleanCloseOnReusedConnection,                2, typeof(CreateSdkTokenResult),            null),
        Row(Write.CreateWebhookEndpoint, Fault.CleanCloseOnReusedConnection,                1, typeof(BadgeTransientException),         true),
        Row(Write.CreateBadge,           Fault.CleanCloseOnReusedConnection,                2, typeof(CreateBadgeResult),               true),
        Row(Write.IssueBulk,             Fault.CleanCloseOnReusedConnection,                2, typeof(IssueBulkResult),                 false),

        // CleanCloseOnReusedConnectionThenKeyRejected: a clean close on a pooled connection, then the repeat is rejected.
        Row(Write.IssueBadge,            Fault.CleanCloseOnReusedConnectionThenKeyRejected, 2, typeof(BadgeProbablyIssuedException),    true),
        Row(Write.IssueBadgeViaGet,      Fault.CleanCloseOnReusedConnectionThenKeyRejected, 2, typeof(BadgeProbablyIssuedException),    true),
        Row(Write.CreateBadgeTemplate,   Fault.CleanCloseOnReusedConnectionThenKeyRejected, 2, typeof(BadgeAlreadyProcessedException),  true),
        Row(Write.CreateBadge,           Fault.CleanCloseOnReusedConnectionThenKeyRejected, 2, typeof(BadgeConflictException),          true),
        Row(Write.IssueBulk,             Fault.CleanCloseOnReusedConnectionThenKeyRejected, 2, typeof(BadgeAlreadyProcessedException),  true),

        // BodyCutMidStreamOnce: 200 and headers, then the body breaks off (`MALFORMED_RESPONSE_CHUNK`); later attempts are answered.
        Row(Write.IssueBadge,            Fault.BodyCutMidStreamOnce,                        2, typeof(IssueBadgeResult),                null),
        Row(Write.IssueBadgeViaGet,      Fault.BodyCutMidStreamOnce,                        2, typeof(IssueBadgeResult),                null),
        Row(Write.CreateBadgeTemplate,   Fault.BodyCutMidStreamOnce,                        2, typeof(CreateBadgeTemplateResult),       null),
        Row(Write.UpsertUserPass,        Fault.BodyCutMidStreamOnce,                        2, typeof(UpsertUserPassResult),            null),
        Row(Write.SendPushNotification,  Fault.BodyCutMidStreamOnce,                        1, typeof(BadgeTransientException),         true),
        Row(Write.CreateSdkToken,        Fault.BodyCutMidStreamOnce,                        2, typeof(CreateSdkTokenResult),            null),
        Row(Write.CreateWebhookEndpoint, Fault.BodyCutMidStreamOnce,                        1, typeof(BadgeTransientException),         true),
        Row(Write.CreateBadge,           Fault.BodyCutMidStreamOnce,                        2, typeof(CreateBadgeResult),               true),
        Row(Write.IssueBulk,             Fault.BodyCutMidStreamOnce,                        2, typeof(IssueBulkResult),                 false),

        // Empty2xx: 200 with an empty body.
        Row(Write.IssueBadge,            Fault.Empty2xx,                                    1, typeof(BadgeProbablyIssuedException),    true),
        Row(Write.IssueBadgeViaGet,      Fault.Empty2xx,                                    1, typeof(BadgeProbablyIssuedException),    true),
        Row(Write.CreateBadgeTemplate,   Fault.Empty2xx,                                    1, typeof(BadgeAlreadyProcessedException),  true),
        Row(Write.UpsertUserPass,        Fault.Empty2xx,                                    1, typeof(BadgeAlreadyProcessedException),  true),
        Row(Write.SendPushNotification,  Fault.Empty2xx,                                    1, typeof(SendPushNotificationResult),      null),
        Row(Write.CreateSdkToken,        Fault.Empty2xx,                                    1, typeof(BadgeAlreadyProcessedException),  true),
        Row(Write.CreateWebhookEndpoint, Fault.Empty2xx,                                    1, typeof(BadgeAlreadyProcessedException),  true),
        Row(Write.CreateBadge,           Fault.Empty2xx,                                    1, typeof(BadgeAlreadyProcessedException),  true),
        Row(Write.IssueBulk,             Fault.Empty2xx,                                    1, typeof(BadgeAlreadyProcessedException),  true),

        // Truncated2xx: 2xx whose JSON stops two thirds of the way (a complete HTTP response).
        Row(Write.IssueBadge,            Fault.Truncated2xx,                                1, typeof(BadgeProbablyIssuedException),    true),
        Row(Write.IssueBadgeViaGet,      Fault.Truncated2xx,                                1, typeof(BadgeProbablyIssuedException),    true),
        Row(Write.CreateBadgeTemplate,   Fault.Truncated2xx,                                1, typeof(BadgeAlreadyProcessedException),  true),
        Row(Write.UpsertUserPass,        Fault.Truncated2xx,                                1, typeof(BadgeAlreadyProcessedException),  true),
        Row(Write.SendPushNotification,  Fault.Truncated2xx,                                1, typeof(SendPushNotificationResult),      null),
        Row(Write.CreateSdkToken,        Fault.Truncated2xx,                                1, typeof(BadgeAlreadyProcessedException),  true),
        Row(Write.CreateWebhookEndpoint, Fault.Truncated2xx,                                1, typeof(CreateWebhookEndpointResult),     null),
        Row(Write.CreateBadge,           Fault.Truncated2xx,                                1, typeof(BadgeAlreadyProcessedException),  true),
        Row(Write.IssueBulk,             Fault.Truncated2xx,                                1, typeof(BadgeAlreadyProcessedException),  true),

        // Html2xx: 200 with an HTML page.
        Row(Write.IssueBadge,            Fault.Html2xx,                                     1, typeof(BadgeProbablyIssuedException),    true),
        Row(Write.IssueBadgeViaGet,      Fault.Html2xx,                                     1, typeof(BadgeProbablyIssuedException),    true),
        Row(Write.CreateBadgeTemplate,   Fault.Html2xx,                                     1, typeof(BadgeAlreadyProcessedException),  true),
        Row(Write.UpsertUserPass,        Fault.Html2xx,                                     1, typeof(BadgeAlreadyProcessedException),  true),
        Row(Write.SendPushNotification,  Fault.Html2xx,                                     1, typeof(SendPushNotificationResult),      null),
        Row(Write.CreateSdkToken,        Fault.Html2xx,                                     1, typeof(BadgeAlreadyProcessedException),  true),
        Row(Write.CreateWebhookEndpoint, Fault.Html2xx,                                     1, typeof(BadgeAlreadyProcessedException),  true),
        Row(Write.CreateBadge,           Fault.Html2xx,                                     1, typeof(BadgeAlreadyProcessedException),  true),
        Row(Write.IssueBulk,             Fault.Html2xx,                                     1, typeof(BadgeAlreadyProcessedException),  true),

        // SlowOnce: the first answer comes after the attempt timeout; later attempts are answered.
        Row(Write.IssueBadge,            Fault.SlowOnce,                                    2, typeof(IssueBadgeResult),                null),
        Row(Write.IssueBadgeViaGet,      Fault.SlowOnce,                                    2, typeof(IssueBadgeResult),                null),
        Row(Write.CreateBadgeTemplate,   Fault.SlowOnce,                                    2, typeof(CreateBadgeTemplateResult),       null),
        Row(Write.UpsertUserPass,        Fault.SlowOnce,                                    2, typeof(UpsertUserPassResult),            null),
        Row(Write.SendPushNotification,  Fault.SlowOnce,                                    1, typeof(BadgeTransientException),         true),
        Row(Write.CreateSdkToken,        Fault.SlowOnce,                                    2, typeof(CreateSdkTokenResult),            null),
        Row(Write.CreateWebhookEndpoint, Fault.SlowOnce,                                    1, typeof(BadgeTransientException),         true),
        Row(Write.CreateBadge,           Fault.SlowOnce,                                    2, typeof(CreateBadgeResult),               true),
        Row(Write.IssueBulk,             Fault.SlowOnce,                                    2, typeof(IssueBulkResult),                 false),

        // Status500Once: 500, then answered.
        Row(Write.IssueBadge,            Fault.Status500Once,                               2, typeof(IssueBadgeResult),                null),
        Row(Write.IssueBadgeViaGet,      Fault.Status500Once,                               2, typeof(IssueBadgeResult),                null),
        Row(Write.CreateBadgeTemplate,   Fault.Status500Once,                               2, typeof(CreateBadgeTemplateResult),       null),
        Row(Write.UpsertUserPass,        Fault.Status500Once,                               2, typeof(UpsertUserPassResult),            null),
        Row(Write.SendPushNotification,  Fault.Status500Once,                               1, typeof(BadgeTransientException),         true),
        Row(Write.CreateSdkToken,        Fault.Status500Once,                               2, typeof(CreateSdkTokenResult),            null),
        Row(Write.CreateWebhookEndpoint, Fault.Status500Once,                               1, typeof(BadgeTransientException),         true),
        Row(Write.CreateBadge,           Fault.Status500Once,                               2, typeof(CreateBadgeResult),               true),
        Row(Write.IssueBulk,             Fault.Status500Once,                               2, typeof(IssueBulkResult),                 false),

        // Status500Always: 500 on every attempt.
        Row(Write.IssueBadge,            Fault.Status500Always,                             3, typeof(BadgeTransientException),         true),
        Row(Write.IssueBadgeViaGet,      Fault.Status500Always,                             3, typeof(BadgeTransientException),         true),
        Row(Write.CreateBadgeTemplate,   Fault.Status500Always,                             3, typeof(BadgeTransientException),         true),
        Row(Write.UpsertUserPass,        Fault.Status500Always,                             3, typeof(BadgeTransientException),         true),
        Row(Write.SendPushNotification,  Fault.Status500Always,                             1, typeof(BadgeTransientException),         true),
        Row(Write.CreateSdkToken,        Fault.Status500Always,                             3, typeof(BadgeTransientException),         true),
        Row(Write.CreateWebhookEndpoint, Fault.Status500Always,                             1, typeof(BadgeTransientException),         true),
        Row(Write.CreateBadge,           Fault.Status500Always,                             2, typeof(BadgeTransientException),         true),
        Row(Write.IssueBulk,             Fault.Status500Always,                             3, typeof(BadgeTransientException),         true),

        // Status502Once: 502, then answered.
        Row(Write.IssueBadge,            Fault.Status502Once,                               2, typeof(IssueBadgeResult),                null),
        Row(Write.IssueBadgeViaGet,      Fault.Status502Once,                               2, typeof(IssueBadgeResult),                null),
        Row(Write.CreateBadgeTemplate,   Fault.Status502Once,                               2, typeof(CreateBadgeTemplateResult),       null),
        Row(Write.UpsertUserPass,        Fault.Status502Once,                               2, typeof(UpsertUserPassResult),            null),
        Row(Write.SendPushNotification,  Fault.Status502Once,                               1, typeof(BadgeTransientException),         true),
        Row(Write.CreateSdkToken,        Fault.Status502Once,                               2, typeof(CreateSdkTokenResult),            null),
        Row(Write.CreateWebhookEndpoint, Fault.Status502Once,                               1, typeof(BadgeTransientException),         true),
        Row(Write.CreateBadge,           Fault.Status502Once,                               2, typeof(CreateBadgeResult),               true),
        Row(Write.IssueBulk,             Fault.Status502Once,                               2, typeof(IssueBulkResult),                 false),

        // Status503Once: 503, then answered.
        Row(Write.IssueBadge,            Fault.Status503Once,                               2, typeof(IssueBadgeResult),                null),
        Row(Write.IssueBadgeViaGet,      Fault.Status503Once,                               2, typeof(IssueBadgeResult),                null),
        Row(Write.CreateBadgeTemplate,   Fault.Status503Once,                               2, typeof(CreateBadgeTemplateResult),       null),
        Row(Write.UpsertUserPass,        Fault.Status503Once,                               2, typeof(UpsertUserPassResult),            null),
        Row(Write.SendPushNotification,  Fault.Status503Once,                               1, typeof(BadgeTransientException),         false),
        Row(Write.CreateSdkToken,        Fault.Status503Once,                               2, typeof(CreateSdkTokenResult),            null),
        Row(Write.CreateWebhookEndpoint, Fault.Status503Once,                               1, typeof(BadgeTransientException),         false),
        Row(Write.CreateBadge,           Fault.Status503Once,                               2, typeof(CreateBadgeResult),               false),
        Row(Write.IssueBulk,             Fault.Status503Once,                               2, typeof(IssueBulkResult),                 false),

        // Status503Always: 503 on every attempt.
        Row(Write.IssueBadge,            Fault.Status503Always,                             3, typeof(BadgeTransientException),         false),
        Row(Write.IssueBadgeViaGet,      Fault.Status503Always,                             3, typeof(BadgeTransientException),         false),
        Row(Write.CreateBadgeTemplate,   Fault.Status503Always,                             3, typeof(BadgeTransientException),         false),
        Row(Write.UpsertUserPass,        Fault.Status503Always,                             3, typeof(BadgeTransientException),         false),
        Row(Write.SendPushNotification,  Fault.Status503Always,                             1, typeof(BadgeTransientException),         false),
        Row(Write.CreateSdkToken,        Fault.Status503Always,                             3, typeof(BadgeTransientException),         false),
        Row(Write.CreateWebhookEndpoint, Fault.Status503Always,                             1, typeof(BadgeTransientException),         false),
        Row(Write.CreateBadge,           Fault.Status503Always,                             3, typeof(BadgeTransientException),         false),
        Row(Write.IssueBulk,             Fault.Status503Always,                             3, typeof(BadgeTransientException),         false),

        // Status504Once: 504, then answered.
        Row(Write.IssueBadge,            Fault.Status504Once,                               2, typeof(IssueBadgeResult),                null),
        Row(Write.IssueBadgeViaGet,      Fault.Status504Once,                               2, typeof(IssueBadgeResult),                null),
        Row(Write.CreateBadgeTemplate,   Fault.Status504Once,                               2, typeof(CreateBadgeTemplateResult),       null),
        Row(Write.UpsertUserPass,        Fault.Status504Once,                               2, typeof(UpsertUserPassResult),            null),
        Row(Write.SendPushNotification,  Fault.Status504Once,                               1, typeof(BadgeTransientException),         true),
        Row(Write.CreateSdkToken,        Fault.Status504Once,                               2, typeof(CreateSdkTokenResult),            null),
        Row(Write.CreateWebhookEndpoint, Fault.Status504Once,                               1, typeof(BadgeTransientException),         true),
        Row(Write.CreateBadge,           Fault.Status504Once,                               2, typeof(CreateBadgeResult),               true),
        Row(Write.IssueBulk,             Fault.Status504Once,                               2, typeof(IssueBulkResult),                 false),

        // Status429Once: 429 without Retry-After, then answered.
        Row(Write.IssueBadge,            Fault.Status429Once,                               2, typeof(IssueBadgeResult),                null),
        Row(Write.IssueBadgeViaGet,      Fault.Status429Once,                               2, typeof(IssueBadgeResult),                null),
        Row(Write.CreateBadgeTemplate,   Fault.Status429Once,                               2, typeof(CreateBadgeTemplateResult),       null),
        Row(Write.UpsertUserPass,        Fault.Status429Once,                               2, typeof(UpsertUserPassResult),            null),
        Row(Write.SendPushNotification,  Fault.Status429Once,                               1, typeof(BadgeRateLimitException),         false),
        Row(Write.CreateSdkToken,        Fault.Status429Once,                               2, typeof(CreateSdkTokenResult),            null),
        Row(Write.CreateWebhookEndpoint, Fault.Status429Once,                               1, typeof(BadgeRateLimitException),         false),
        Row(Write.CreateBadge,           Fault.Status429Once,                               2, typeof(CreateBadgeResult),               false),
        Row(Write.IssueBulk,             Fault.Status429Once,                               2, typeof(IssueBulkResult),                 false),

        // Status429RetryAfterOnce: 429 with `Retry-After: 0`, then answered.
        Row(Write.IssueBadge,            Fault.Status429RetryAfterOnce,                     2, typeof(IssueBadgeResult),                null),
        Row(Write.IssueBadgeViaGet,      Fault.Status429RetryAfterOnce,                     2, typeof(IssueBadgeResult),                null),
        Row(Write.CreateBadgeTemplate,   Fault.Status429RetryAfterOnce,                     2, typeof(CreateBadgeTemplateResult),       null),
        Row(Write.UpsertUserPass,        Fault.Status429RetryAfterOnce,                     2, typeof(UpsertUserPassResult),            null),
        Row(Write.SendPushNotification,  Fault.Status429RetryAfterOnce,                     1, typeof(BadgeRateLimitException),         false),
        Row(Write.CreateSdkToken,        Fault.Status429RetryAfterOnce,                     2, typeof(CreateSdkTokenResult),            null),
        Row(Write.CreateWebhookEndpoint, Fault.Status429RetryAfterOnce,                     1, typeof(BadgeRateLimitException),         false),
        Row(Write.CreateBadge,           Fault.Status429RetryAfterOnce,                     2, typeof(CreateBadgeResult),               false),
        Row(Write.IssueBulk,             Fault.Status429RetryAfterOnce,                     2, typeof(IssueBulkResult),                 false),

        // Status429RetryAfterOverCap: 429 with `Retry-After: 3600`, over `Retry.MaxRetryAfter`.
        Row(Write.IssueBadge,            Fault.Status429RetryAfterOverCap,                  1, typeof(BadgeRateLimitException),         false),
        Row(Write.IssueBadgeViaGet,      Fault.Status429RetryAfterOverCap,                  1, typeof(BadgeRateLimitException),         false),
        Row(Write.CreateBadgeTemplate,   Fault.Status429RetryAfterOverCap,                  1, typeof(BadgeRateLimitException),         false),
        Row(Write.UpsertUserPass,        Fault.Status429RetryAfterOverCap,                  1, typeof(BadgeRateLimitException),         false),
        Row(Write.SendPushNotification,  Fault.Status429RetryAfterOverCap,                  1, typeof(BadgeRateLimitException),         false),
        Row(Write.CreateSdkToken,        Fault.Status429RetryAfterOverCap,                  1, typeof(BadgeRateLimitException),         false),
        Row(Write.CreateWebhookEndpoint, Fault.Status429RetryAfterOverCap,                  1, typeof(BadgeRateLimitException),         false),
        Row(Write.CreateBadge,           Fault.Status429RetryAfterOverCap,                  1, typeof(BadgeRateLimitException),         false),
        Row(Write.IssueBulk,             Fault.Status429RetryAfterOverCap,                  1, typeof(BadgeRateLimitException),         false),

        // Redirect302: 302 to another loopback port.
        Row(Write.IssueBadge,            Fault.Redirect302,                                 1, typeof(BadgeRedirectException),          false),
        Row(Write.IssueBadgeViaGet,      Fault.Redirect302,                                 1, typeof(BadgeRedirectException),          false),
        Row(Write.CreateBadgeTemplate,   Fault.Redirect302,                                 1, typeof(BadgeRedirectException),          false),
        Row(Write.UpsertUserPass,        Fault.Redirect302,                                 1, typeof(BadgeRedirectException),          false),
        Row(Write.SendPushNotification,  Fault.Redirect302,                                 1, typeof(BadgeRedirectException),          false),
        Row(Write.CreateSdkToken,        Fault.Redirect302,                                 1, typeof(BadgeRedirectException),          false),
        Row(Write.CreateWebhookEndpoint, Fault.Redirect302,                                 1, typeof(BadgeRedirectException),          false),
        Row(Write.CreateBadge,           Fault.Redirect302,                                 1, typeof(BadgeRedirectException),          false),
        Row(Write.IssueBulk,             Fault.Redirect302,                                 1, typeof(BadgeRedirectException),          false),

        // Redirect307: 307 to another loopback port.
        Row(Write.IssueBadge,            Fault.Redirect307,                                 1, typeof(BadgeRedirectException),          false),
        Row(Write.IssueBadgeViaGet,      Fault.Redirect307,                                 1, typeof(BadgeRedirectException),          false),
        Row(Write.CreateBadgeTemplate,   Fault.Redirect307,                                 1, typeof(BadgeRedirectException),          false),
        Row(Write.UpsertUserPass,        Fault.Redirect307,                                 1, typeof(BadgeRedirectException),          false),
        Row(Write.SendPushNotification,  Fault.Redirect307,                                 1, typeof(BadgeRedirectException),          false),
        Row(Write.CreateSdkToken,        Fault.Redirect307,                                 1, typeof(BadgeRedirectException),          false),
        Row(Write.CreateWebhookEndpoint, Fault.Redirect307,                                 1, typeof(BadgeRedirectException),          false),
        Row(Write.CreateBadge,           Fault.Redirect307,                                 1, typeof(BadgeRedirectException),          false),
        Row(Write.IssueBulk,             Fault.Redirect307,                                 1, typeof(BadgeRedirectException),          false),

        // CancelAfterSend: the caller cancels once the server has the request.
        Row(Write.IssueBadge,            Fault.CancelAfterSend,                             1, typeof(BadgeOperationCanceledException), true),
        Row(Write.IssueBadgeViaGet,      Fault.CancelAfterSend,                             1, typeof(BadgeOperationCanceledException), true),
        Row(Write.CreateBadgeTemplate,   Fault.CancelAfterSend,                             1, typeof(BadgeOperationCanceledException), true),
        Row(Write.UpsertUserPass,        Fault.CancelAfterSend,                             1, typeof(BadgeOperationCanceledException), true),
        Row(Write.SendPushNotification,  Fault.CancelAfterSend,                             1, typeof(BadgeOperationCanceledException), true),
        Row(Write.CreateSdkToken,        Fault.CancelAfterSend,                             1, typeof(BadgeOperationCanceledException), true),
        Row(Write.CreateWebhookEndpoint, Fault.CancelAfterSend,                             1, typeof(BadgeOperationCanceledException), true),
        Row(Write.CreateBadge,           Fault.CancelAfterSend,                             1, typeof(BadgeOperationCanceledException), true),
        Row(Write.IssueBulk,             Fault.CancelAfterSend,                             1, typeof(IssueBulkResult),                 true),
    ];

    /// <summary>Gets what each fault stages, in words, for the documentation.</summary>
    public static IReadOnlyDictionary<Fault, string> Descriptions { get; } = new Dictionary<Fault, string>
    {
        [Fault.RefusedOnce] = "the first attempt's connection is refused; later attempts are answered",
        [Fault.RefusedAlways] = "every attempt's connection is refused",
        [Fault.ResetOnce] = "the request arrives, the connection is reset instead of the answer; later attempts are answered",
        [Fault.ResetAlways] = "every attempt arrives and is reset",
        [Fault.ResetThen503] = "the first attempt arrives and is reset, later ones are declined with 503 until retries run out",
        [Fault.ResetThenKeyRejected] = "the first attempt arrives and is reset; the retry is rejected as a repeat (reused key 409, Capillary 725 or 809)",
        [Fault.CleanCloseOnce] = "the request arrives, the connection closes cleanly without an answer (`EMPTY_RESPONSE`); later attempts are answered",
        [Fault.CleanCloseOnReusedConnection] = "as above, on a pooled connection an earlier call used",
        [Fault.CleanCloseOnReusedConnectionThenKeyRejected] = "a clean close on a pooled connection, then the repeat is rejected",
        [Fault.BodyCutMidStreamOnce] = "200 and headers, then the body breaks off (`MALFORMED_RESPONSE_CHUNK`); later attempts are answered",
        [Fault.Empty2xx] = "200 with an empty body",
        [Fault.Truncated2xx] = "2xx whose JSON stops two thirds of the way (a complete HTTP response)",
        [Fault.Html2xx] = "200 with an HTML page",
        [Fault.SlowOnce] = "the first answer comes after the attempt timeout; later attempts are answered",
        [Fault.Status500Once] = "500, then answered",
        [Fault.Status500Always] = "500 on every attempt",
        [Fault.Status502Once] = "502, then answered",
        [Fault.Status503Once] = "503, then answered",
        [Fault.Status503Always] = "503 on every attempt",
        [Fault.Status504Once] = "504, then answered",
        [Fault.Status429Once] = "429 without Retry-After, then answered",
        [Fault.Status429RetryAfterOnce] = "429 with `Retry-After: 0`, then answered",
        [Fault.Status429RetryAfterOverCap] = "429 with `Retry-After: 3600`, over `Retry.MaxRetryAfter`",
        [Fault.Redirect302] = "302 to another loopback port",
        [Fault.Redirect307] = "307 to another loopback port",
        [Fault.CancelAfterSend] = "the caller cancels once the server has the request",
    };

    public static Expected Find(Write write, Fault fault) => Rows.Single(r => r.Write == write && r.Fault == fault);

    /// <summary>Renders the rows as a Markdown grid, faults down and writes across.</summary>
    /// <returns>The table, one line per fault, ending with a newline.</returns>
    public static string ToMarkdown()
    {
        var writes = Enum.GetValues<Write>();
        var text = new StringBuilder();
        text.Append("| Fault | ").AppendJoin(" | ", writes).AppendLine(" |");
        text.Append("|---|").AppendJoin(string.Empty, writes.Select(_ => "---|")).AppendLine();
        foreach (var fault in Enum.GetValues<Fault>())
        {
            text.Append(CultureInfo.InvariantCulture, $"| `{fault}`: {Descriptions[fault]} |");
            foreach (var write in writes)
            {
                var row = Rows.SingleOrDefault(r => r.Write == write && r.Fault == fault);
                text.Append(' ').Append(row is null ? "n/a" : Cell(row)).Append(" |");
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    private static string Cell(Expected row)
    {
        var outcome = row.Outcome == typeof(IssueBulkResult) && row.MayHaveBeenProcessed == true ? "Unknown"
            : row.Throws ? row.Outcome.Name.Replace("Badge", string.Empty, StringComparison.Ordinal).Replace("Exception", string.Empty, StringComparison.Ordinal)
            : "result";
        var flag = row.MayHaveBeenProcessed == true ? " ✓" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{row.Requests} · {outcome}{flag}");
    }

    private static Expected Row(Write write, Fault fault, int requests, Type outcome, bool? mayHaveBeenProcessed)
        => new(write, fault, requests, outcome, mayHaveBeenProcessed);
}
