using System.Net;
using BadgeSdk.Core.Errors;
using BadgeSdk.Core.Http;

namespace BadgeSdk.Loyalty.Wire;

/// <summary>Turns Capillary's <c>errors[]</c> (in any HTTP status) into the exception a caller acts on.</summary>
internal static class CapillaryErrors
{
    public const string ApiName = "Capillary";

    /// <summary>Codes that say the request itself is invalid (badge create and enrol pages).</summary>
    private static readonly HashSet<int> ValidationCodes = [400, 714, 717, 720, 722, 723, 724, 728, 810, 811, 816, 826];

    /// <summary>Codes that say the request repeats earlier work: 725 duplicate name, 809 reused requestId.</summary>
    private static readonly HashSet<int> RepeatCodes = [725, 809];

    public static BadgeApiException Create(BadgeHttpRequest call, BadgeHttpResponse response, IReadOnlyList<BadgeError> errors)
    {
        var codes = errors.Select(e => e.Code).ToList();
        var message = errors.Count > 0 ? errors[0].Message : null;
        var isRepeat = codes.Count > 0 && codes.All(RepeatCodes.Contains);
        if (isRepeat && response.EarlierAttemptMayHaveBeenProcessed)
        {
            // 809/725 on the SDK's own retry: the lost attempt landed.
            return BadgeErrorFactory.Fill(
                new BadgeAlreadyProcessedException(
                    $"{ApiName} {call.Operation}: an earlier attempt was lost after it may have reached the server, and the retry was rejected as a repeat ({string.Join(", ", codes)}: {message}). " +
                    "It was most probably processed: re-read the current state instead of sending it again with a new request id."),
                call,
                response,
                message,
                errors);
        }

        if (isRepeat)
        {
            return BadgeErrorFactory.Fill(new BadgeConflictException(Describe(call, response, errors)), call, response, message, errors);
        }

        if (codes.Any(ValidationCodes.Contains) && (int)response.StatusCode < 500)
        {
            return BadgeErrorFactory.Fill(new BadgeValidationException(Describe(call, response, errors)), call, response, message, errors);
        }

        if (codes.Contains(1054) && response.StatusCode != HttpStatusCode.InternalServerError)
        {
            return BadgeErrorFactory.Fill(new BadgeNotFoundException(Describe(call, response, errors)), call, response, message, errors);
        }

        if (response.IsSuccess)
        {
            return BadgeErrorFactory.Fill(new BadgeApiException(Describe(call, response, errors)), call, response, message, errors);
        }

        return BadgeErrorFactory.FromResponse(ApiName, call, response, message, errors);
    }

    private static string Describe(BadgeHttpRequest call, BadgeHttpResponse response, IReadOnlyList<BadgeError> errors)
        => $"{ApiName} {call.Operation} failed (HTTP {(int)response.StatusCode}): " +
           string.Join("; ", errors.Select(e => $"{e.Code} {e.Message}{(e.Reference is null ? string.Empty : $" ({e.Reference})")}")) + ".";
}
