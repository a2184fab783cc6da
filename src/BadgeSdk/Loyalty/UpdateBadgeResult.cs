namespace BadgeSdk.Loyalty;

/// <summary>The answer to <see cref="LoyaltyClient.UpdateBadgeAsync"/>: the badge as Capillary stored it.</summary>
/// <param name="Badge">The stored badge definition.</param>
public sealed record UpdateBadgeResult(BadgeDefinition Badge)
{
    /// <summary>Gets the warnings Capillary sent beside the badge (<c>warnings[]</c>); empty when none.</summary>
    public IReadOnlyList<BadgeError> Warnings { get; init; } = [];
}
