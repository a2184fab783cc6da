namespace BadgeSdk.Loyalty;

/// <summary>The outcome of <see cref="LoyaltyClient.EarnBadgeAsync"/>.</summary>
public sealed record EarnBadgeResult : BadgeResult
{
    /// <summary>Gets the badge definition's id.</summary>
    public required string BadgeId { get; init; }

    /// <summary>Gets the customer.</summary>
    public required long CustomerId { get; init; }

    /// <summary>Gets the request id the earn was sent under.</summary>
    public required string RequestId { get; init; }

    /// <summary>Gets the earned badge's id (<c>earnedBadgeId</c>); <see langword="null"/> when <see cref="AlreadyProcessed"/>, as Capillary's 809 does not repeat it.</summary>
    public string? EarnedBadgeId { get; init; }

    /// <summary>Gets the issue (enrolment) the earn used, for <c>ISSUE_EARN</c> badges (<c>issuedId</c>).</summary>
    public string? IssuedId { get; init; }

    /// <summary>Gets when the earned badge expires.</summary>
    public DateTimeOffset? ExpiresOn { get; init; }

    /// <summary>
    /// Gets a value indicating whether an earlier attempt of this call was lost and the retry was
    /// answered 809 (same request id): the earn was processed by that attempt, and
    /// <see cref="Held"/> says what Capillary holds now.
    /// </summary>
    public bool AlreadyProcessed { get; init; }

    /// <summary>Gets the customer's badge as Capillary holds it, read after an <see cref="AlreadyProcessed"/> answer; otherwise <see langword="null"/>.</summary>
    public CustomerBadgeDetails? Held { get; init; }

    /// <summary>Gets a value indicating whether an earlier attempt of this call may have reached Capillary (its answer was lost).</summary>
    public bool EarlierAttemptMayHaveBeenProcessed { get; init; }

    /// <summary>Gets the warnings Capillary sent.</summary>
    public IReadOnlyList<BadgeError> Warnings { get; init; } = [];
}
