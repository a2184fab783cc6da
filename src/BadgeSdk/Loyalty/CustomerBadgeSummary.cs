namespace BadgeSdk.Loyalty;

/// <summary>One entry of the management listing of a customer's badges (<c>customerBadges[]</c>).</summary>
public sealed record CustomerBadgeSummary
{
    /// <summary>Gets the badge definition's id (<c>badgeMetaId</c>).</summary>
    public required string BadgeId { get; init; }

    /// <summary>Gets the name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets how customers get the badge (<c>badgeType</c>).</summary>
    public EarnType? BadgeType { get; init; }

    /// <summary>Gets the badge group.</summary>
    public string? BadgeGroupId { get; init; }

    /// <summary>Gets the badge group's name.</summary>
    public string? BadgeGroupName { get; init; }

    /// <summary>Gets the rank within the group.</summary>
    public int? BadgeRank { get; init; }

    /// <summary>Gets when the badge was created.</summary>
    public DateTimeOffset? CreatedOn { get; init; }

    /// <summary>Gets when it was last updated.</summary>
    public DateTimeOffset? LastUpdatedOn { get; init; }

    /// <summary>Gets the images.</summary>
    public IReadOnlyList<BadgeImageLink> Images { get; init; } = [];

    /// <summary>Gets the badge's state (<c>badgeStatus</c>).</summary>
    public BadgeStatus? BadgeStatus { get; init; }

    /// <summary>Gets when the customer last earned it (<c>lastEarnedOn</c>, else <c>lastEarnedOnDate</c>).</summary>
    public DateTimeOffset? LastEarnedOn { get; init; }

    /// <summary>Gets when the event that last earned it happened (<c>lastEarnEventDate</c>).</summary>
    public DateTimeOffset? LastEarnEventDate { get; init; }

    /// <summary>Gets when the badge starts (<c>startsOn</c>; an unreadable ISO twin falls back to the number, read as seconds or milliseconds by size).</summary>
    public DateTimeOffset? StartsOn { get; init; }

    /// <summary>Gets when the badge ends (<c>expiresOn</c>).</summary>
    public DateTimeOffset? ExpiresOn { get; init; }

    /// <summary>Gets how many times the customer earned it (<c>earnCount</c>).</summary>
    public long? EarnCount { get; init; }

    /// <summary>Gets the owning modules.</summary>
    public IReadOnlyList<OwnerType> RestrictedToOwners { get; init; } = [];

    /// <summary>Gets the claims.</summary>
    public IReadOnlyList<BadgeClaim> Claims { get; init; } = [];

    /// <summary>Gets the customer's issue status, when Capillary reports one (<c>issueStatus</c>).</summary>
    public string? IssueStatus { get; init; }

    /// <summary>Gets whether the badge is active.</summary>
    public bool? Active { get; init; }
}
