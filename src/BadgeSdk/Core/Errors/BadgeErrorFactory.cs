using System.Globalization;
using System.Net;
using System.Text;
using BadgeSdk.Core.Http;

namespace BadgeSdk.Core.Errors;

/// <summary>Turns a failed response into the exception a caller can act on, by HTTP status.</summary>
internal static class BadgeErrorFactory
{
    /// <summary>Creates the exception for a failure the server reported.</summary>
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
        exception.SetDiagnostics(request.Operation, (int)response.StatusCode, report.Errors, report.Message, request.IdempotencyKey, request.RequestId, response.RetryAfter, BadgeApiException.Snippet(response.Body));
        return exception;
    }

    /// <summary>Creates the exception for a call that got no usable response.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="request">The call.</param>
    /// <param name="inner">The cause.</param>
    /// <param name="retryAfter">When the circuit closes again, if known.</param>
    /// <returns>The exception.</returns>
    public static BadgeTransientException NoResponse(string message, BadgeHttpRequest request, Exception inner, TimeSpan? retryAfter = null)
    {
        return new BadgeTransientException(message, inner)
        {
            Operation = request.Operation,
            IdempotencyKey = request.IdempotencyKey,
            RequestId = request.RequestId,
            RetryAfter = retryAfter,
        };
    }

    /// <summary>Describes a failure the server reported, in the one wording every area uses.</summary>
    /// <param name="api">The API's display name.</param>
    /// <param name="request">The call.</param>
    /// <param name="response">The response.</param>
    /// <param name="report">What the body said.</param>
    /// <returns>The message.</returns>
    public static string Describe(string api, BadgeHttpRequest request, BadgeHttpResponse response, ServerReport report)
    {
        var serverMessage = report.Message;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{api} {request.Operation} failed with HTTP {(int)response.StatusCode}");
        if (report.Errors.Count > 0)
        {
            // The errors below carry the messages, with their codes.
            text.Append(':');
        }
        else if (!string.IsNullOrWhiteSpace(serverMessage))
        {
            text.Append(CultureInfo.InvariantCulture, $": {serverMessage}");
        }
        else if (report.Success == false)
        {
            text.Append(": the body said success:false without a message");
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

        return text.Append('.').ToString();
    }
}
