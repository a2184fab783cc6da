using System.Text.Json;
using System.Web;
using BadgeSdk.Issuance;
using BadgeSdk.Loyalty;
using BadgeSdk.Passes;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Reliability;

/// <summary>
/// How to call one write against a WireMock root, what a successful answer looks like, and how to
/// find the call's key in a recorded request. Every request carries the call's <c>mark</c> (its
/// idempotency key, request id, or a field that holds it), so a warm-up call on the same client
/// never mixes with the call under test in the journal.
/// </summary>
internal sealed class WriteCall
{
    private const string PassTemplateId = "a84f890a-2478-925f-38ba-673e833e526c";

    private WriteCall(Write write, string method, string path, int successStatus, string successBody)
    {
        Write = write;
        Method = method;
        Path = path;
        SuccessStatus = successStatus;
        SuccessBody = successBody;
    }

    public Write Write { get; }

    public string Method { get; }

    /// <summary>Gets the route below the row's prefix, as WireMock sees it.</summary>
    public string Path { get; }

    public int SuccessStatus { get; }

    public string SuccessBody { get; }

    /// <summary>Gets the answer the API gives when the call's key or request id was used before; <see langword="null"/> when the write has none.</summary>
    public string? KeyRejection { get; private init; }

    /// <summary>Gets a value indicating whether the request carries an idempotency key or request id (the mark) that the outcome must report.</summary>
    public bool Keyed { get; private init; }

    public required Func<Uri, HttpMessageHandler?, Action<BadgeClientOptions>, BadgeClient> CreateClient { get; init; }

    /// <summary>Gets the call: client, mark, cancellation; returns the result.</summary>
    public required Func<BadgeClient, string, CancellationToken, Task<object>> InvokeAsync { get; init; }

    /// <summary>Gets the key or request id a recorded request carried, or <see langword="null"/> when the write has none.</summary>
    public Func<RecordedRequest, string?> Identity { get; private init; } = _ => null;

    public static WriteCall For(Write write) => write switch
    {
        Write.IssueBadge => new(write, "POST", "api/v1/issue/create", 200, """{"success":true,"IssueId":"i-1","publicUrl":"https://app.issuebadge.com/p/i-1"}""")
        {
            Keyed = true,
            KeyRejection = IssuanceKeyRejection,
            CreateClient = Issuance,
            InvokeAsync = async (c, mark, ct) => await ((IssuanceClient)c).IssueBadgeAsync(new IssueBadgeRequest("abc123", "Ada") { Email = "ada@example.com", IdempotencyKey = mark }, ct),
            Identity = r => BodyText(r, "idempotency_key"),
        },
        Write.IssueBadgeViaGet => new(write, "GET", "api/v1/issue/create", 200, """{"success":true,"IssueId":"i-1","publicUrl":"https://app.issuebadge.com/p/i-1"}""")
        {
            Keyed = true,
            KeyRejection = IssuanceKeyRejection,
            CreateClient = Issuance,
            InvokeAsync = async (c, mark, ct) => await ((IssuanceClient)c).IssueBadgeViaGetAsync(new IssueBadgeRequest("abc123", "Ada") { Email = "ada@example.com", IdempotencyKey = mark }, ct),
            Identity = r => HttpUtility.ParseQueryString(new Uri(new Uri("http://journal/"), r.Url).Query)["idempotency_key"],
        },
        Write.CreateBadgeTemplate => new(write, "POST", "api/v1/badge/create", 200, """{"success":true,"message":"Badge created successfully","badge_id":"tmpl-1"}""")
        {
            Keyed = true,
            KeyRejection = IssuanceKeyRejection,
            CreateClient = Issuance,
            InvokeAsync = async (c, mark, ct) => await ((IssuanceClient)c).CreateBadgeTemplateAsync(new CreateBadgeTemplateRequest("Mentor", "Mentored a newcomer", "Contoso") { IdempotencyKey = mark }, ct),
            Identity = r => BodyText(r, "idempotency_key"),
        },
        Write.UpsertUserPass => new(write, "POST", "v0/rpc/userPassUpsert", 200, """{"pass":{"id":"p1","downloadUrl":"https://example.com/download?id=123&token=123"}}""")
        {
            CreateClient = Passes,
            InvokeAsync = async (c, mark, ct) => await ((PassesClient)c).UpsertUserPassAsync(UpsertUserPassRequest.ForPass(PassTemplateId, new PassUser(mark), new PassDetails("p1")), ct),
        },
        Write.SendPushNotification => new(write, "POST", "v0/rpc/passSendPushNotification", 200, "{}")
        {
            CreateClient = Passes,
            InvokeAsync = async (c, mark, ct) => await ((PassesClient)c).SendPushNotificationAsync(new SendPushNotificationRequest(PassTemplateId, "p1", $"Hello {mark}"), ct),
        },
        Write.CreateSdkToken => new(write, "POST", "v0/sdkToken", 200, """{"token":"sdk_tok_7f3a9c2e1b"}""")
        {
            CreateClient = Passes,
            InvokeAsync = async (c, mark, ct) => await ((PassesClient)c).CreateSdkTokenAsync(new CreateSdkTokenRequest(mark, [SdkPermission.WorkspaceRead, SdkPermission.UserRead, SdkPermission.PassWrite]), ct),
        },
        Write.CreateWebhookEndpoint => new(write, "POST", "v0/webhookEndpoints", 201, """{"id":"we_1","secret":"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw","url":"https://example.com/h","enabledTopics":["pass.activated"],"enabled":true}""")
        {
            CreateClient = Passes,
            InvokeAsync = async (c, mark, ct) => await ((PassesClient)c).CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest(new Uri($"https://example.com/h/{mark}"), [WebhookTopic.PassActivated]), ct),
        },
        Write.CreateBadge => new(write, "POST", "api_gateway/v1/badges/badgeMeta", 201, """{"data":{"id":"b-9","name":"N"},"errors":[],"warnings":[]}""")
        {
            KeyRejection = """{"data":null,"errors":[{"code":725,"message":"Badge name cannot be duplicate"}],"warnings":null}""",
            CreateClient = Loyalty,
            InvokeAsync = async (c, mark, ct) => await ((LoyaltyClient)c).CreateBadgeAsync(
                new CreateBadgeRequest(mark, DateTimeOffset.UtcNow.AddDays(1), DateTimeOffset.UtcNow.AddDays(30)) { Ownership = { RestrictedToOwners = { OwnerType.Loyalty } } },
                ct),
        },
        Write.IssueBulk => new(write, "POST", "api_gateway/v1/badges/badgeMeta/customer/issueBulk", 200, """{"data":{"badgeMetaId":"b-9","issuedBadges":[{"customerId":1,"issuedId":"x1","status":"ACTIVE"},{"customerId":2,"issuedId":"x2","status":"ACTIVE"}]},"errors":[],"warnings":[]}""")
        {
            Keyed = true,
            KeyRejection = """{"data":null,"errors":[{"code":809,"message":"Request with the same requestId is not allowed"}],"warnings":null}""",
            CreateClient = Loyalty,
            InvokeAsync = async (c, mark, ct) => await ((LoyaltyClient)c).IssueBulkAsync(new IssueBulkRequest("b-9", [1, 2]) { RequestId = mark }, ct),
            Identity = r => BodyText(r, "requestId"),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(write), write, null),
    };

    private const string IssuanceKeyRejection = """{"success":false,"message":"The idempotency key has already been used."}""";

    private static string? BodyText(RecordedRequest request, string name)
        => request.Body.Length > 0 && JsonDocument.Parse(request.Body).RootElement.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static IssuanceClient Issuance(Uri root, HttpMessageHandler? handler, Action<BadgeClientOptions> configure)
    {
        var options = Clients.IssuanceOptions(new Uri(root, "api/v1/"));
        configure(options);
        return handler is null ? new IssuanceClient(options) : new IssuanceClient(options, handler);
    }

    private static PassesClient Passes(Uri root, HttpMessageHandler? handler, Action<BadgeClientOptions> configure)
        => Clients.Passes(root, configure, handler);

    private static LoyaltyClient Loyalty(Uri root, HttpMessageHandler? handler, Action<BadgeClientOptions> configure)
    {
        var options = new LoyaltyClientOptions { BaseAddress = root, TillId = Clients.TillId, Password = Clients.TillPassword };
        Clients.Shorten(options);
        configure(options);
        return handler is null ? new LoyaltyClient(options) : new LoyaltyClient(options, handler);
    }
}
