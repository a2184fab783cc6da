namespace BadgeSdk.Loyalty;

/// <summary>The answer to <see cref="LoyaltyClient.SetBadgeActiveAsync"/>: the badge's activation state as Capillary stored it.</summary>
/// <param name="BadgeId">The badge.</param>
/// <param name="IsActive">Whether it is active now.</param>
public sealed record BadgeActivation(string BadgeId, bool IsActive);
