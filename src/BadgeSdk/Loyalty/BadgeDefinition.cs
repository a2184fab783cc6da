namespace BadgeSdk.Loyalty;

/// <summary>A Capillary badge definition as the API returns it.</summary>
/// <remarks>Every property has a public initializer so tests can build one.</remarks>
public sealed record BadgeDefinition
{
    /// <summary>Gets the badge's id (<c>id</c>); pass it to <see cref="LoyaltyClient.IssueBulkAsync"/>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets Capillary's numeric id for the badge (<c>badgeNumericId</c>), when it sends one.</summary>
    public long? NumericId { get; init; }

    /// <summary>Gets the organisation id.</summary>
    public long? OrgId { get; init; }

    /// <summary>Gets the badge's name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the description.</summary>
    public string? Description { get; init; }

    /// <summary>
    /// Gets when the badge starts (from <c>startOnISO</c> when present, else <c>startOn</c>), or
    /// <see langword="null"/> when the value is in no form the SDK can read: the rest of the badge is
    /// still read, the raw value stays in the result's <see cref="BadgeResult.GetRawResponse"/> body,
    /// and the field is counted as contract drift (<c>badgesdk.contract.drift</c>).
    /// </summary>
    public DateTimeOffset? StartOn { get; init; }

    /// <summary>Gets when the badge ends (from <c>expiresOnISO</c> when present, else <c>expiresOn</c>), or <see langword="null"/> when unreadable, as <see cref="StartOn"/>.</summary>
    public DateTimeOffset? ExpiresOn { get; init; }

    /// <summary>Gets when earned badges expire.</summary>
    public BadgeExpiry? EarnedBadgeExpiry { get; init; }

    /// <summary>Gets when issued badges expire.</summary>
    public BadgeExpiry? IssuedBadgeExpiry { get; init; }

    /// <summary>Gets the images.</summary>
    public IReadOnlyList<BadgeImageLink> Images { get; init; } = [];

    /// <summary>Gets the owning modules.</summary>
    public IReadOnlyList<OwnerType> RestrictedToOwners { get; init; } = [];

    /// <summary>Gets the claims.</summary>
    public IReadOnlyList<BadgeClaim> Claims { get; init; } = [];

    /// <summary>Gets the per-customer limits (Capillary sometimes lists badge-type constraints here too).</summary>
    public IReadOnlyList<CustomerConstraint> CustomerConstraints { get; init; } = [];

    /// <summary>Gets the limits across customers.</summary>
    public IReadOnlyList<BadgeConstraint> BadgeConstraints { get; init; } = [];

    /// <summary>Gets the rewards.</summary>
    public IReadOnlyList<BadgeBenefit> Benefits { get; init; } = [];

    /// <summary>Gets the tags.</summary>
    public IReadOnlyList<BadgeTag> Tags { get; init; } = [];

    /// <summary>Gets the badge group.</summary>
    public string? BadgeGroupId { get; init; }

    /// <summary>Gets the badge group's name (the badge list sends it).</summary>
    public string? BadgeGroupName { get; init; }

    /// <summary>Gets the rank within the group.</summary>
    public int? BadgeRank { get; init; }

    /// <summary>Gets how customers get the badge.</summary>
    public EarnType? EarnType { get; init; }

    /// <summary>Gets the badge's state: LIVE, UPCOMING, ENDED or EXPIRED.</summary>
    public BadgeStatus? Status { get; init; }

    /// <summary>Gets how many times the badge has been issued.</summary>
    public long? IssuedCount { get; init; }

    /// <summary>Gets how many times the badge has been earned.</summary>
    public long? EarnedCount { get; init; }

    /// <summary>Gets when the badge was created.</summary>
    public DateTimeOffset? CreatedOn { get; init; }

    /// <summary>Gets who created it.</summary>
    public long? CreatedBy { get; init; }

    /// <summary>Gets when it was last updated.</summary>
    public DateTimeOffset? LastUpdatedOn { get; init; }

    /// <summary>Gets who last updated it.</summary>
    public long? LastUpdatedBy { get; init; }

    /// <summary>Gets the custom fields.</summary>
    public IReadOnlyDictionary<string, string> CustomFields { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets whether the badge is active.</summary>
    public bool? Active { get; init; }
}
