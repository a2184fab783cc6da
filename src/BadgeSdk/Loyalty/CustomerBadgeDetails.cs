namespace BadgeSdk.Loyalty;

/// <summary>One badge of one customer in detail (<c>GET badges/management/{customerId}/badge/{badgeId}</c>).</summary>
public sealed record CustomerBadgeDetails
{
    /// <summary>Gets the badge definition's id (<c>id</c>).</summary>
    public required string BadgeId { get; init; }

    /// <summary>Gets the name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets when the badge was created.</summary>
    public DateTimeOffset? CreatedOn { get; init; }

    /// <summary>Gets when it was last updated.</summary>
    public DateTimeOffset? LastUpdatedOn { get; init; }

    /// <summary>Gets when the badge starts (<c>startsOn</c>).</summary>
    public DateTimeOffset? StartsOn { get; init; }

    /// <summary>Gets when the badge ends (<c>expiresOn</c>).</summary>
    public DateTimeOffset? ExpiresOn { get; init; }

    /// <summary>Gets the badge's activation (<c>action</c>).</summary>
    public BadgeAction? Action { get; init; }

    /// <summary>Gets how customers get the badge (<c>badgeType</c>).</summary>
    public EarnType? BadgeType { get; init; }

    /// <summary>Gets the badge's state (<c>badgeStatus</c>).</summary>
    public BadgeStatus? BadgeStatus { get; init; }

    /// <summary>Gets the owning modules (<c>owner</c>).</summary>
    public IReadOnlyList<OwnerType> Owners { get; init; } = [];

    /// <summary>Gets the modules that claimed it (<c>claimedBy</c>).</summary>
    public IReadOnlyList<OwnerType> ClaimedBy { get; init; } = [];

    /// <summary>Gets the images.</summary>
    public IReadOnlyList<BadgeImageLink> Images { get; init; } = [];

    /// <summary>Gets when earned badges expire (<c>earnExpiry</c>).</summary>
    public BadgeExpiry? EarnExpiry { get; init; }

    /// <summary>Gets when issued badges expire (<c>issueExpiry</c>).</summary>
    public BadgeExpiry? IssueExpiry { get; init; }

    /// <summary>Gets the badge group.</summary>
    public string? BadgeGroupId { get; init; }

    /// <summary>Gets the badge group's name.</summary>
    public string? BadgeGroupName { get; init; }

    /// <summary>Gets the rank within the group.</summary>
    public int? BadgeRank { get; init; }

    /// <summary>Gets how many times it was issued to the customer (<c>issualDetails.issuedCount</c>; with <c>includeStatistics</c>).</summary>
    public long? IssuedCount { get; init; }

    /// <summary>Gets the customer's issues (<c>issualDetails.issuals</c>).</summary>
    public IReadOnlyList<CustomerIssual> Issuals { get; init; } = [];

    /// <summary>Gets the customer's latest issue status (<c>issuedStatus</c>), when sent.</summary>
    public string? IssuedStatus { get; init; }

    /// <summary>Gets how many times the customer earned it (<c>earnDetails.earnCount</c>).</summary>
    public long? EarnCount { get; init; }

    /// <summary>Gets how many of the customer's earns are active (<c>activeEarnedCount</c>).</summary>
    public long? ActiveEarnedCount { get; init; }

    /// <summary>Gets when the customer last earned it (<c>lastEarnedOnISO</c>).</summary>
    public DateTimeOffset? LastEarnedOn { get; init; }

    /// <summary>Gets the custom fields.</summary>
    public IReadOnlyDictionary<string, string> CustomFields { get; init; } = new Dictionary<string, string>();
}
