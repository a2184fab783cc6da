namespace BadgeSdk.Loyalty;

/// <summary>The outcome of <see cref="LoyaltyClient.RevokeEarnAsync"/>.</summary>
public sealed record RevokeEarnResult : BadgeResult
{
    /// <summary>Gets the badge definition's id.</summary>
    public required string BadgeId { get; init; }

    /// <summary>Gets the customer as Capillary echoed it (the request's value when it did not).</summary>
    public required string CustomerId { get; init; }

    /// <summary>Gets the earned badge's id.</summary>
    public required string EarnedBadgeId { get; init; }

    /// <summary>Gets whether the earned badge is still active (<c>isActive</c>; <see langword="false"/> once revoked).</summary>
    public bool IsActive { get; init; }

    /// <summary>
    /// Gets a value indicating whether an earlier attempt was lost and the retry was answered 814
    /// (no active earn instance): the lost attempt revoked it.
    /// </summary>
    public bool AlreadyProcessed { get; init; }

    /// <summary>Gets the warnings Capillary sent.</summary>
    public IReadOnlyList<BadgeError> Warnings { get; init; } = [];
}
