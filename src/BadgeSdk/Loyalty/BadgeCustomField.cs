namespace BadgeSdk.Loyalty;

/// <summary>A badge custom field as Capillary stores it; badges carry its values in <see cref="BadgeDefinition.CustomFields"/>, keyed by its name.</summary>
public sealed record BadgeCustomField
{
    /// <summary>Gets the field's id (<c>id</c>).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the organisation that owns the field (<c>orgId</c>).</summary>
    public long? OrgId { get; init; }

    /// <summary>Gets the field's name (<c>name</c>).</summary>
    public string? Name { get; init; }

    /// <summary>Gets a value indicating whether every badge must carry a value for the field (<c>isMandatory</c>).</summary>
    public bool? IsMandatory { get; init; }

    /// <summary>Gets the value a badge gets when it sets none (<c>defaultValue</c>); <see langword="null"/> when Capillary holds none.</summary>
    public string? DefaultValue { get; init; }

    /// <summary>Gets a value indicating whether the field is active (<c>isActive</c>).</summary>
    public bool? IsActive { get; init; }

    /// <summary>Gets the type of the field's values (<c>dataType</c>).</summary>
    public CustomFieldDataType? DataType { get; init; }

    /// <summary>Gets who created the field (<c>createdBy</c>).</summary>
    public long? CreatedBy { get; init; }

    /// <summary>Gets when the field was created (<c>createdOnISO</c>, else <c>createdOn</c>).</summary>
    public DateTimeOffset? CreatedOn { get; init; }

    /// <summary>Gets who last changed the field (<c>lastUpdatedBy</c>).</summary>
    public long? LastUpdatedBy { get; init; }

    /// <summary>Gets when the field last changed (<c>lastUpdatedOnISO</c>, else <c>lastUpdatedOn</c>).</summary>
    public DateTimeOffset? LastUpdatedOn { get; init; }
}
