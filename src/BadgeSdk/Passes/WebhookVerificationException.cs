namespace BadgeSdk.Passes;

/// <summary>A webhook delivery failed verification; answer it with HTTP 400 and do not act on it.</summary>
public class WebhookVerificationException : BadgeApiException
{
    /// <summary>Initializes a new instance with a generic message.</summary>
    public WebhookVerificationException()
        : base("The webhook delivery failed verification.")
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">Why.</param>
    public WebhookVerificationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">Why.</param>
    /// <param name="innerException">The cause.</param>
    public WebhookVerificationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets why the delivery was refused.</summary>
    public WebhookVerificationFailure Reason { get; init; }
}
