namespace BadgeSdk.Loyalty;

/// <summary>The answer to <see cref="LoyaltyClient.CreateBadgeGroupAsync"/>: the group as Capillary stored it.</summary>
/// <param name="Group">The stored group.</param>
public sealed record CreateBadgeGroupResult(BadgeGroup Group) : BadgeResult
{
    /// <summary>Gets the warnings Capillary sent beside the group (<c>warnings[]</c>); empty when none.</summary>
    public IReadOnlyList<BadgeError> Warnings { get; init; } = [];

    /// <summary>
    /// Gets a value indicating whether an earlier attempt of this create was lost after it may have
    /// reached Capillary (a timeout, a reset, a 500/502/504) before this answer came.
    /// </summary>
    public bool EarlierAttemptMayHaveBeenProcessed { get; init; }

    /// <summary>
    /// Gets a value indicating whether the group was not created by a successful answer but found
    /// afterwards: an attempt failed in a way that may have reached Capillary, and the lookup by
    /// exact name found the group, so an earlier attempt created it. <see cref="Warnings"/> is then
    /// empty. Group names are unique, so it is the only group with this name; if others in your
    /// organisation create groups with the same names, compare its rank before relying on it being yours.
    /// </summary>
    public bool Recovered { get; init; }
}
