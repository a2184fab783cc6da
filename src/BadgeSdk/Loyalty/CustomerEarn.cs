namespace BadgeSdk.Loyalty;

/// <summary>One customer's outcome in a bulk earn.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Outcome">What became of the customer.</param>
/// <param name="RequestId">The request id of the customer's chunk.</param>
public sealed record CustomerEarn(long CustomerId, EarnOutcome Outcome, string RequestId)
{
    /// <summary>Gets the earned badge's id (<c>earnedBadgeId</c>), when Capillary returned one.</summary>
    public string? EarnedBadgeId { get; init; }

    /// <summary>Gets the issue (enrolment) involved (<c>issuedId</c>), when Capillary returned one.</summary>
    public string? IssuedId { get; init; }

    /// <summary>Gets the status Capillary reported for the customer's badge, when it did.</summary>
    public BadgeStatus? Status { get; init; }

    /// <summary>Gets the customer's own error, for example 1040.</summary>
    public BadgeError? Error { get; init; }

    /// <summary>Gets why the customer's whole chunk failed, was lost or was cancelled, when it did; its <c>MayHaveBeenProcessed</c> decides between <see cref="EarnOutcome.Unknown"/> and the others.</summary>
    public Exception? ChunkError { get; init; }
}
