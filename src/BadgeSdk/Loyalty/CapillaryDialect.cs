using System.Net;
using BadgeSdk.Core.Errors;
using BadgeSdk.Core.Http;
using BadgeSdk.Loyalty.Wire;

namespace BadgeSdk.Loyalty;

/// <summary>How Capillary reports outcomes: <c>errors[]</c> with numeric codes (in any HTTP status) and <c>warnings[]</c>.</summary>
internal sealed class CapillaryDialect : ResponseDialect
{
    public const string ApiName = "Capillary";

    public static readonly CapillaryDialect Instance = new();

    /// <summary>
    /// The one table of Capillary's documented codes (reference pages and api-contracts §2.4) and
    /// what each means to a caller; every operation reads its errors through it.
    /// </summary>
    private static readonly Dictionary<int, CodeKind> Codes = new()
    {
        [400] = CodeKind.Invalid, // invalid enum value (claim, update) and other field checks
        [714] = CodeKind.Invalid, // owner type not allowed
        [717] = CodeKind.Invalid, // owner id mandatory
        [720] = CodeKind.Invalid, // start after end
        [722] = CodeKind.Invalid, // start in the past
        [723] = CodeKind.Invalid, // start of a live badge changed
        [724] = CodeKind.Invalid, // expiry in the past
        [725] = CodeKind.Repeat, // duplicate name
        [728] = CodeKind.Invalid, // no owner
        [809] = CodeKind.Repeat, // reused requestId
        [810] = CodeKind.Invalid, // earnBulk: claim the badge first
        [811] = CodeKind.Invalid, // earn: an issue (enrolment) is mandatory before earn
        [814] = CodeKind.Gone, // revokeEarn: no active earn instance
        [816] = CodeKind.Invalid, // event date outside the badge
        [826] = CodeKind.Invalid, // window type changed
        [1040] = CodeKind.Conflict, // an active issue already exists
        [1051] = CodeKind.Invalid, // revokeIssue: revokeIssuals or customers mandatory (the page's example)
        [404] = CodeKind.NotFound, // badge not found (get by id, revokeIssue)
        [1054] = CodeKind.NotFound, // GLOBAL.BADGE_NOT_FOUND (another org's badge)
        [ValidationCrash] = CodeKind.Crash, // HV000028 with HTTP 500: repeats on every attempt
    };

    private CapillaryDialect()
        : base(ApiName)
    {
    }

    /// <summary>Capillary's code for a validation crash: it fails the same way on every attempt.</summary>
    private const int ValidationCrash = 999999;

    /// <summary>Whether Capillary reported its validation crash, which every resend repeats, so reconciling by resending is futile.</summary>
    public static bool IsValidationCrash(BadgeApiException exception) => exception.Errors.Any(e => e.Code == ValidationCrash);

    public override bool IsPermanent(HttpResponseMessage response)
    {
        if ((int)response.StatusCode < 500)
        {
            return false;
        }

        try
        {
            // The body is buffered inside the attempt, so reading it here is cheap and repeatable.
            using var body = response.Content.ReadAsStream();
            var read = System.Text.Json.JsonSerializer.Deserialize(body, LoyaltyJsonContext.Default.CapillaryErrorBody);
            return read?.Errors?.Exists(e => e?.Code == ValidationCrash) == true;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    /// <inheritdoc/>
    public override IReadOnlySet<string>? KnownValues(Type declaringType, string jsonName) => CapillaryKnownValues.For(declaringType, jsonName);

    public override ServerReport ReadReport(BadgeHttpResponse response)
        => response.TryRead(LoyaltyJsonContext.Default.CapillaryErrorBody)?.ToReport() ?? ServerReport.None;

    public override BadgeApiException? Classify(BadgeHttpRequest call, BadgeHttpResponse response, ServerReport report)
    {
        var errors = report.Errors;
        if (errors.Count == 0)
        {
            return null;
        }

        var kinds = errors.Select(e => Codes.GetValueOrDefault(e.Code, CodeKind.Unknown)).ToList();

        // 809/725 on the SDK's own retry: the lost attempt landed. An 814 then says the same of a
        // revocation: the earn instance the lost attempt revoked is no longer active.
        if (kinds.All(k => k is CodeKind.Repeat or CodeKind.Gone) && response.EarlierAttemptMayHaveBeenProcessed)
        {
            return BadgeErrorFactory.Fill(
                new BadgeAlreadyProcessedException(
                    $"{BadgeErrorFactory.Subject(ApiName, call.Operation)}: an earlier attempt was lost after it may have reached the server, and the retry was rejected as a repeat ({string.Join(", ", errors.Select(e => e.Code))}{(string.IsNullOrWhiteSpace(report.Message) ? string.Empty : ": " + report.Message.Trim().TrimEnd('.'))}). " +
                    $"It was most probably processed{(call.RequestId is null ? string.Empty : $" under request id '{call.RequestId}'")}: re-read the current state instead of sending it again with a new request id."),
                call,
                response,
                report);
        }

        var serverFailed = response.StatusCode == HttpStatusCode.InternalServerError;
        BadgeApiException? exception = kinds.All(k => k == CodeKind.Repeat) ? new BadgeConflictException(Describe(call, response, report))
            : kinds.Contains(CodeKind.Crash) ? new BadgeApiException(Describe(call, response, report))
            : kinds.Contains(CodeKind.Invalid) && (int)response.StatusCode < 500 ? new BadgeValidationException(Describe(call, response, report))
            : kinds.Contains(CodeKind.Conflict) && !serverFailed ? new BadgeConflictException(Describe(call, response, report))
            : kinds.Any(k => k is CodeKind.NotFound or CodeKind.Gone) && !serverFailed ? new BadgeNotFoundException(Describe(call, response, report))
            : response.IsSuccess ? new BadgeApiException(Describe(call, response, report))
            : null;
        return exception is null ? null : BadgeErrorFactory.Fill(exception, call, response, report);
    }

    private static string Describe(BadgeHttpRequest call, BadgeHttpResponse response, ServerReport report)
        => BadgeErrorFactory.Describe(ApiName, call, response, report);

    private enum CodeKind
    {
        /// <summary>Not in the table: the HTTP status decides.</summary>
        Unknown,

        /// <summary>The request breaks a rule: <see cref="BadgeValidationException"/>.</summary>
        Invalid,

        /// <summary>The request repeats earlier work (a name, a request id): a conflict, or "already processed" after a lost attempt.</summary>
        Repeat,

        /// <summary>The state the request needs exists already (an active issue): <see cref="BadgeConflictException"/>.</summary>
        Conflict,

        /// <summary>The thing named does not exist: <see cref="BadgeNotFoundException"/>.</summary>
        NotFound,

        /// <summary>What a revocation targets is no longer active: not found, or "already processed" after a lost attempt.</summary>
        Gone,

        /// <summary>Capillary's validation crash (HTTP 500): fails the same way on every attempt.</summary>
        Crash,
    }
}
