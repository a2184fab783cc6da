namespace BadgeSdk;

/// <summary>The addressed resource does not exist (HTTP 404, or a vendor not-found code).</summary>
public class BadgeNotFoundException : BadgeApiException
{
    /// <summary>Initializes a new instance with a generic message.</summary>
    public BadgeNotFoundException()
        : base("The requested resource was not found.")
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What went wrong.</param>
    public BadgeNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public BadgeNotFoundException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
