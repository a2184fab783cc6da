namespace BadgeSdk.Loyalty;

/// <summary>The answer to <see cref="LoyaltyClient.UpdateBadgeGroupAsync"/>: the group as Capillary stored it.</summary>
/// <param name="Group">The stored group.</param>
public sealed record UpdateBadgeGroupResult(BadgeGroup Group) : BadgeResult
{
    /// <summary>Gets the warnings Capillary sent beside the group (<c>warnings[]</c>); empty when none.</summary>
    public IReadOnlyList<BadgeError> Warnings { get; init; } = [];
}
