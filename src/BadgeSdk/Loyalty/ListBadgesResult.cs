namespace BadgeSdk.Loyalty;

/// <summary>One page of the badge list (<c>data.metaBasicDetails</c> and <c>data.pagination</c>).</summary>
public sealed record ListBadgesResult : CapillaryPage
{
    /// <summary>Gets the badges on this page.</summary>
    public IReadOnlyList<BadgeDefinition> Badges { get; init; } = [];
}
