namespace BadgeSdk;

/// <summary>The request conflicts with existing state: a duplicate name, a reused idempotency key or request id (HTTP 409, or a vendor duplicate code).</summary>
public class BadgeConflictException : BadgeApiException
{
    /// <summary>Initializes a new instance with a generic message.</summary>
    public BadgeConflictException()
        : base("The request conflicts with existing state.")
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What went wrong.</param>
    public BadgeConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public BadgeConflictException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
