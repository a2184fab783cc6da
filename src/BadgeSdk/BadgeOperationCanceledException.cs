namespace BadgeSdk;

/// <summary>
/// The caller cancelled a call. It is still an <see cref="OperationCanceledException"/>, so
/// cancellation flows as usual, and it also says whether the write may already have reached the
/// server, with the key to retry or reconcile with.
/// </summary>
public class BadgeOperationCanceledException : OperationCanceledException
{
    /// <summary>Initializes a new instance with a generic message.</summary>
    public BadgeOperationCanceledException()
        : base("The badge API call was cancelled.")
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What happened.</param>
    public BadgeOperationCanceledException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="innerException">The cause.</param>
    public BadgeOperationCanceledException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="innerException">The cause.</param>
    /// <param name="token">The token that was cancelled.</param>
    public BadgeOperationCanceledException(string message, Exception? innerException, CancellationToken token)
        : base(message, innerException, token)
    {
    }

    /// <summary>Gets the SDK operation that was cancelled (the client method's name without <c>Async</c>).</summary>
    public string? Operation { get; init; }

    /// <summary>
    /// Gets a value indicating whether the call was a write that had already been sent when it was
    /// cancelled, so the server may have carried it out: retry only with the same
    /// <see cref="IdempotencyKey"/> or <see cref="RequestId"/>, or re-read the state.
    /// </summary>
    public bool MayHaveBeenProcessed { get; init; }

    /// <summary>Gets the idempotency key the call carried.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>Gets the request id the call carried (for example Capillary's <c>requestId</c>).</summary>
    public string? RequestId { get; init; }
}
