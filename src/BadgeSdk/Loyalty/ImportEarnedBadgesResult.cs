namespace BadgeSdk.Loyalty;

/// <summary>The outcome of <see cref="LoyaltyClient.ImportEarnedBadgesAsync"/>: one entry per element Capillary answered for, in its order.</summary>
public sealed record ImportEarnedBadgesResult : BadgeResult
{
    /// <summary>Gets each imported badge's outcome.</summary>
    public required IReadOnlyList<ImportedBadge> Badges { get; init; }

    /// <summary>Gets the elements Capillary refused, with their errors.</summary>
    public IEnumerable<ImportedBadge> Failed => Badges.Where(b => b.Errors.Count > 0);
}
