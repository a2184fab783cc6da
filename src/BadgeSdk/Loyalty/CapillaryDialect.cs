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

    /// <summary>Codes that say the request itself is invalid (badge create, update, claim and enrol pages).</summary>
    private static readonly HashSet<int> ValidationCodes = [400, 714, 717, 720, 722, 723, 724, 728, 810, 811, 816, 826];

    /// <summary>Codes that say the thing named does not exist: 404 (get badge by id), 1054 GLOBAL.BADGE_NOT_FOUND.</summary>
    private static readonly HashSet<int> NotFoundCodes = [404, 1054];

    /// <summary>Codes that say the request repeats earlier work: 725 duplicate name, 809 reused requestId.</summary>
    private static readonly HashSet<int> RepeatCodes = [725, 809];

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

    public override ServerReport ReadReport(BadgeHttpResponse response)
        => response.TryRead(LoyaltyJsonContext.Default.CapillaryErrorBody)?.ToReport() ?? ServerReport.None;

    public override BadgeApiException? Classify(BadgeHttpRequest call, BadgeHttpResponse response, ServerReport report)
    {
        var errors = report.Errors;
        if (errors.Count == 0)
        {
            return null;
        }

        var isRepeat = errors.All(e => RepeatCodes.Contains(e.Code));
        if (isRepeat && response.EarlierAttemptMayHaveBeenProcessed)
        {
            // 809/725 on the SDK's own retry: the lost attempt landed.
            return BadgeErrorFactory.Fill(
                new BadgeAlreadyProcessedException(
                    $"{ApiName} {call.Operation}: an earlier attempt was lost after it may have reached the server, and the retry was rejected as a repeat ({string.Join(", ", errors.Select(e => e.Code))}: {report.Message}). " +
                    $"It was most probably processed{(call.RequestId is null ? string.Empty : $" under request id '{call.RequestId}'")}: re-read the current state instead of sending it again with a new request id."),
                call,
                response,
                report);
        }

        BadgeApiException? exception = isRepeat ? new BadgeConflictException(Describe(call, response, report))
            : errors.Any(e => e.Code == ValidationCrash) ? new BadgeApiException(Describe(call, response, report))
            : errors.Any(e => ValidationCodes.Contains(e.Code)) && (int)response.StatusCode < 500 ? new BadgeValidationException(Describe(call, response, report))
            : errors.Any(e => NotFoundCodes.Contains(e.Code)) && response.StatusCode != HttpStatusCode.InternalServerError ? new BadgeNotFoundException(Describe(call, response, report))
            : response.IsSuccess ? new BadgeApiException(Describe(call, response, report))
            : null;
        return exception is null ? null : BadgeErrorFactory.Fill(exception, call, response, report);
    }

    private static string Describe(BadgeHttpRequest call, BadgeHttpResponse response, ServerReport report)
        => BadgeErrorFactory.Describe(ApiName, call, response, report);
}
