namespace BadgeSdk.Issuance;

/// <summary>
/// An attempt to issue was lost after it may have reached IssueBadge (a timeout, or the
/// connection dropped after the request was sent), and the retry with the same idempotency key
/// was rejected. IssueBadge rejects reused keys rather than replaying the first answer, so the
/// badge was most probably issued by the lost attempt.
/// </summary>
/// <remarks>
/// Do not issue again with a new key: that would issue a second badge, and the certificate email
/// cannot be recalled. Check the recipient's badges, or treat the work as done, using
/// <see cref="BadgeApiException.IdempotencyKey"/> to reconcile.
/// </remarks>
public class BadgeProbablyIssuedException : BadgeAlreadyProcessedException
{
    /// <summary>Initializes a new instance with a generic message.</summary>
    public BadgeProbablyIssuedException()
        : base("The badge was probably issued by an earlier attempt whose answer was lost.")
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What happened.</param>
    public BadgeProbablyIssuedException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="innerException">The cause.</param>
    public BadgeProbablyIssuedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
