namespace BadgeSdk;

/// <summary>The call failed in a way that may pass if tried later: a timeout, a lost connection, an open circuit breaker, or HTTP 408 or 5xx after the SDK's retries were spent.</summary>
public class BadgeTransientException : BadgeApiException
{
    /// <summary>Initializes a new instance with a generic message.</summary>
    public BadgeTransientException()
        : base("The badge API is temporarily unavailable.")
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What went wrong.</param>
    public BadgeTransientException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public BadgeTransientException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
