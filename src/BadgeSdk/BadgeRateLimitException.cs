namespace BadgeSdk;

/// <summary>
/// The server is rate limiting the caller (HTTP 429) and either the SDK's retries were spent or the
/// server asked for a wait longer than <see cref="BadgeRetryOptions.MaxRetryAfter"/>.
/// </summary>
/// <remarks><see cref="BadgeApiException.RetryAfter"/> says how long the server asked to wait, when it said.</remarks>
public class BadgeRateLimitException : BadgeApiException
{
    /// <summary>Initializes a new instance with a generic message.</summary>
    public BadgeRateLimitException()
        : base("The badge API is rate limiting this client.")
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What went wrong.</param>
    public BadgeRateLimitException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public BadgeRateLimitException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
