namespace BadgeSdk.Loyalty;

/// <summary>A badge group as Capillary stores it: a named, ranked set that badges join through their <c>badgeGroupId</c>.</summary>
public sealed record BadgeGroup
{
    /// <summary>Gets the group's id (<c>id</c>).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the organisation that owns the group (<c>orgId</c>).</summary>
    public long? OrgId { get; init; }

    /// <summary>Gets the group's name (<c>name</c>), unique in the organisation and case-sensitive.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the group's rank (<c>rank</c>).</summary>
    public int? Rank { get; init; }

    /// <summary>Gets a value indicating whether the group is active (<c>isActive</c>).</summary>
    public bool? IsActive { get; init; }

    /// <summary>Gets who created the group (<c>createdBy</c>).</summary>
    public long? CreatedBy { get; init; }

    /// <summary>Gets when the group was created (<c>createdOnISO</c>, else <c>createdOn</c>).</summary>
    public DateTimeOffset? CreatedOn { get; init; }

    /// <summary>Gets who last changed the group (<c>lastUpdatedBy</c>).</summary>
    public long? LastUpdatedBy { get; init; }

    /// <summary>Gets when the group last changed (<c>lastUpdatedOnISO</c>, else <c>lastUpdatedOn</c>).</summary>
    public DateTimeOffset? LastUpdatedOn { get; init; }
}
