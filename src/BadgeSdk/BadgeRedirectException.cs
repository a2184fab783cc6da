namespace BadgeSdk;

/// <summary>
/// The server answered with a redirect (HTTP 3xx). The SDK never follows redirects, so that
/// credentials and request bodies cannot travel to an address the caller did not configure; this
/// usually means the client's <c>BaseAddress</c> is out of date.
/// </summary>
public class BadgeRedirectException : BadgeApiException
{
    /// <summary>Initializes a new instance with a generic message.</summary>
    public BadgeRedirectException()
        : base("The server answered with a redirect, which the SDK does not follow.")
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What went wrong.</param>
    public BadgeRedirectException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public BadgeRedirectException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets where the server pointed (its <c>Location</c> header), when it said.</summary>
    public Uri? Location { get; init; }
}
