namespace BadgeSdk;

/// <summary>The credentials were missing, wrong or expired (HTTP 401 or 403), or a token could not be obtained.</summary>
public class BadgeAuthenticationException : BadgeApiException
{
    /// <summary>Initializes a new instance with a generic message.</summary>
    public BadgeAuthenticationException()
        : base("Authentication with the badge API failed.")
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What went wrong.</param>
    public BadgeAuthenticationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public BadgeAuthenticationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
