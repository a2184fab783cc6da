namespace BadgeSdk.Core.Http;

/// <summary>
/// The message the transport sends: it carries what the handlers below need to know about the call
/// (may it be retried, and the log of its attempts) as fields, where <see cref="HttpRequestMessage.Options"/>
/// would cost a dictionary per call.
/// </summary>
internal sealed class BadgeRequestMessage : HttpRequestMessage
{
    public BadgeRequestMessage(HttpMethod method, Uri requestUri, RetrySafety safety, AttemptLog attempts)
        : base(method, requestUri)
    {
        Safety = safety;
        Attempts = attempts;
    }

    /// <summary>Gets when the call may be sent again.</summary>
    public RetrySafety Safety { get; }

    /// <summary>Gets the log of the call's attempts.</summary>
    public AttemptLog Attempts { get; }
}
