namespace BadgeSdk.Loyalty;

/// <summary>One page of the badge group list (<c>data.badgeGroups</c> and <c>data.pagination</c>).</summary>
public sealed record ListBadgeGroupsResult : CapillaryPage
{
    /// <summary>Gets the groups on this page.</summary>
    public IReadOnlyList<BadgeGroup> Groups { get; init; } = [];
}
