using System.Net;
using BadgeSdk.Core.Errors;
using BadgeSdk.Core.Http;
using BadgeSdk.Issuance.Wire;

namespace BadgeSdk.Issuance;

/// <summary>
/// How IssueBadge reports outcomes: <c>success:false</c> with a <c>message</c> (even on HTTP 200),
/// and a rejected reuse of an idempotency key instead of a replay of the first answer.
/// </summary>
internal sealed class IssueBadgeDialect : ResponseDialect
{
    public const string ApiName = "IssueBadge";

    public static readonly IssueBadgeDialect Instance = new();

    private IssueBadgeDialect()
        : base(ApiName)
    {
    }

    public override ServerReport ReadReport(BadgeHttpResponse response)
        => response.TryRead(IssuanceJsonContext.Default.IssuanceEnvelope)?.ToReport() ?? ServerReport.None;

    public override BadgeApiException? Classify(BadgeHttpRequest call, BadgeHttpResponse response, ServerReport report)
    {
        // A rejected key that the SDK made for this call alone can only have been used by this call:
        // an earlier send arrived, even one the attempt log never saw (a connection's silent resend).
        var ownKeyReused = call.KeyGeneratedBySdk && (IsKeyReuse(report.Message) || response.StatusCode == HttpStatusCode.Conflict);
        if (IsRejection(response) && call.IdempotencyKey is not null && (response.EarlierAttemptMayHaveBeenProcessed || ownKeyReused))
        {
            // IssueBadge rejects a reused key instead of replaying the first answer: after a lost
            // attempt, that rejection is the evidence that the lost attempt did the work.
            var lost = $"{ApiName} {call.Operation}: an earlier attempt was lost after it may have reached the server, and the retry with idempotency key '{call.IdempotencyKey}' was rejected" +
                $"{(report.Message is null ? string.Empty : $" ({report.Message})")}.";
            return BadgeErrorFactory.Fill(
                IsIssue(call)
                    ? new BadgeProbablyIssuedException(lost + " The badge was probably issued; do not issue again with a new key.")
                    : new BadgeAlreadyProcessedException(lost + " It was probably processed; do not send it again with a new key."),
                call,
                response,
                report);
        }

        return response.IsSuccess && IsKeyReuse(report.Message)
            ? BadgeErrorFactory.Fill(new BadgeConflictException(BadgeErrorFactory.Describe(ApiName, call, response, report)), call, response, report)
            : null;
    }

    // Only an issue is "probably issued"; a template create the server accepted is plainly processed.
    public override BadgeAlreadyProcessedException Processed(BadgeHttpRequest call, string message)
        => IsIssue(call) ? new BadgeProbablyIssuedException(message) : base.Processed(call, message);

    private static bool IsIssue(BadgeHttpRequest call) => call.Operation is "IssueBadge" or "IssueBadgeViaGet";

    // A refusal of the request itself, as opposed to credentials, throttling or an outage.
    private static bool IsRejection(BadgeHttpResponse response)
        => response.IsSuccess || ((int)response.StatusCode is >= 400 and < 500
            && response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests));

    // The wording of IssueBadge's reused-key rejection is not published; this matches the likely forms.
    private static bool IsKeyReuse(string? message)
        => message is not null && message.Contains("idempotency", StringComparison.OrdinalIgnoreCase);
}
