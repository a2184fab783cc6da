using System.Globalization;
using System.Net;
using System.Text;
using BadgeSdk.Core.Http;

namespace BadgeSdk.Core.Errors;

/// <summary>
/// Turns a failed call into the exception a caller can act on: the one HTTP status table, the one
/// message wording, and the one "may have been processed" rule for every area.
/// </summary>
internal static class BadgeErrorFactory
{
    /// <summary>Creates the exception for a failure the server reported, by HTTP status.</summary>
    /// <param name="api">The API's display name (for example <c>IssueBadge</c>).</param>
    /// <param name="request">The call.</param>
    /// <param name="response">The response.</param>
    /// <param name="report">What the body said.</param>
    /// <returns>The exception; the caller throws it.</returns>
    public static BadgeApiException FromResponse(string api, BadgeHttpRequest request, BadgeHttpResponse response, ServerReport report)
    {
        var message = Describe(api, request, response, report);
        BadgeApiException exception = response.StatusCode switch
        {
            >= HttpStatusCode.MultipleChoices and < HttpStatusCode.BadRequest => new BadgeRedirectException(message) { Location = response.Location },
            HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity => new BadgeValidationException(message),
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new BadgeAuthenticationException(message),
            HttpStatusCode.NotFound => new BadgeNotFoundException(message),
            HttpStatusCode.Conflict => new BadgeConflictException(message),
            HttpStatusCode.TooManyRequests => new BadgeRateLimitException(message),
            HttpStatusCode.RequestTimeout or >= HttpStatusCode.InternalServerError => new BadgeTransientException(message),
            _ => new BadgeApiException(message),
        };
        return Fill(exception, request, response, report);
    }

    /// <summary>Fills the diagnostic properties of an exception an area chose itself (for example "probably issued").</summary>
    /// <typeparam name="T">The exception type.</typeparam>
    /// <param name="exception">The exception.</param>
    /// <param name="request">The call.</param>
    /// <param name="response">The response.</param>
    /// <param name="report">What the body said.</param>
    /// <returns><paramref name="exception"/>, filled.</returns>
    public static T Fill<T>(T exception, BadgeHttpRequest request, BadgeHttpResponse response, ServerReport report)
        where T : BadgeApiException
    {
        exception.SetDiagnostics(request.Operation, MayHaveBeenProcessed(request, response), (int)response.StatusCode, report.Errors, report.Message, request.IdempotencyKey, request.RequestId, response.RetryAfter, BadgeApiException.Snippet(response.Body));
        return exception;
    }

    /// <summary>
    /// Decides whether a write that got this failed response may still have been carried out: an
    /// earlier attempt was lost after it may have arrived, or the server failed in a way that leaves
    /// it open (500, 502, 504; a 503 or 429 declines the request).
    /// </summary>
    /// <param name="request">The call.</param>
    /// <param name="response">The final response.</param>
    /// <returns><see langword="true"/> when the caller must not repeat the write under a new key.</returns>
    public static bool MayHaveBeenProcessed(BadgeHttpRequest request, BadgeHttpResponse response)
        => request.IsWrite
           && (request.PriorSendMayHaveBeenProcessed
               || response.EarlierAttemptMayHaveBeenProcessed
               || response.StatusCode is HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout);

    /// <summary>Creates the exception for a call that got no usable response.</summary>
    /// <param name="what">What happened, without the advice (this adds it).</param>
    /// <param name="request">The call.</param>
    /// <param name="inner">The cause.</param>
    /// <param name="mayHaveBeenProcessed">Whether the write may have been carried out.</param>
    /// <param name="retryAfter">When the circuit closes again, if known.</param>
    /// <returns>The exception.</returns>
    public static BadgeTransientException NoResponse(string what, BadgeHttpRequest request, Exception inner, bool mayHaveBeenProcessed, TimeSpan? retryAfter = null)
    {
        return new BadgeTransientException(what + Advice(request, mayHaveBeenProcessed), inner)
        {
            Operation = request.Operation,
            MayHaveBeenProcessed = mayHaveBeenProcessed,
            IdempotencyKey = request.IdempotencyKey,
            RequestId = request.RequestId,
            RetryAfter = retryAfter,
        };
    }

    /// <summary>The sentence that tells the caller what a possibly processed write means, or nothing when it cannot have been.</summary>
    /// <param name="request">The call.</param>
    /// <param name="mayHaveBeenProcessed">Whether the write may have been carried out.</param>
    /// <returns>The advice, starting with a space, or an empty string.</returns>
    public static string Advice(BadgeHttpRequest request, bool mayHaveBeenProcessed)
    {
        if (!mayHaveBeenProcessed)
        {
            return string.Empty;
        }

        var key = request.IdempotencyKey is { } idempotencyKey ? $"idempotency key '{idempotencyKey}'"
            : request.RequestId is { } requestId ? $"request id '{requestId}'"
            : null;
        return key is null
            ? " It may have been processed: re-read the current state before sending it again."
            : $" It may have been processed: retry only with the same {key}, or re-read the current state; never send it again under a new one.";
    }

    /// <summary>Describes a failure the server reported, in the one wording every area uses.</summary>
    /// <param name="api">The API's display name.</param>
    /// <param name="request">The call.</param>
    /// <param name="response">The response.</param>
    /// <param name="report">What the body said.</param>
    /// <returns>The message.</returns>
    public static string Describe(string api, BadgeHttpRequest request, BadgeHttpResponse response, ServerReport report)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{api} {request.Operation} failed with HTTP {(int)response.StatusCode}");
        if (report.Errors.Count > 0)
        {
            // The errors below carry the messages, with their codes.
            text.Append(':');
        }
        else if (!string.IsNullOrWhiteSpace(report.Message))
        {
            text.Append(CultureInfo.InvariantCulture, $": {report.Message}");
        }
        else if (report.Success == false)
        {
            text.Append(": the body said success:false without a message");
        }
        else if (response.Location is { } location && (int)response.StatusCode is >= 300 and < 400)
        {
            text.Append(CultureInfo.InvariantCulture, $": a redirect to {location.GetLeftPart(UriPartial.Path)}, which the SDK does not follow (credentials must not travel to another address); check the client's BaseAddress");
        }
        else if (!response.IsJson && response.Body.Length > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $": the response was not JSON ({response.MediaType ?? "no content type"}); see ResponseBodySnippet");
        }

        foreach (var error in report.Errors)
        {
            text.Append(CultureInfo.InvariantCulture, $" [{error.Code}: {error.Message}{(error.Reference is null ? string.Empty : " (" + error.Reference + ")")}]");
        }

        if (response.RetryAfter is { } wait)
        {
            text.Append(CultureInfo.InvariantCulture, $" (retry after {wait.TotalSeconds:0.#} s)");
        }

        return text.Append('.').Append(Advice(request, MayHaveBeenProcessed(request, response))).ToString();
    }
}
