using System.Net;
using Polly.Timeout;

namespace BadgeSdk.Core.Http;

/// <summary>One place that decides what a failed attempt means for retrying.</summary>
internal static class FailureClassifier
{
    /// <summary>The statuses worth another attempt: 408, 429, 500, 502, 503, 504.</summary>
    public static bool IsTransientStatus(HttpStatusCode status) => status is HttpStatusCode.RequestTimeout
        or HttpStatusCode.TooManyRequests
        or HttpStatusCode.InternalServerError
        or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable
        or HttpStatusCode.GatewayTimeout;

    /// <summary>
    /// True only when the failure proves the request never reached the server: the connection,
    /// name lookup or TLS handshake failed before a byte of the request was sent.
    /// </summary>
    public static bool ProvesNotSent(Exception exception) => exception is HttpRequestException
    {
        HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError,
    };

    /// <summary>True when the server may have acted on an attempt that then failed.</summary>
    public static bool MayHaveBeenProcessed(Exception? exception, HttpResponseMessage? response)
    {
        if (exception is not null)
        {
            return !ProvesNotSent(exception);
        }

        // 408, 429 and 503 say the server declined the request; 500, 502 and 504 leave it open.
        return response?.StatusCode is HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout;
    }

    /// <summary>True for failures that count against the circuit breaker.</summary>
    public static bool IsServiceFailure(Exception? exception, HttpResponseMessage? response) => exception switch
    {
        HttpRequestException or TimeoutRejectedException => true,
        null => response is not null && ((int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout),
        _ => false,
    };

    /// <summary>Reads <c>Retry-After</c> as a delay (seconds or an HTTP date).</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}
