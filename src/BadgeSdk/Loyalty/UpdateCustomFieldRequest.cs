namespace BadgeSdk.Loyalty;

/// <summary>
/// A changed badge custom field (Capillary <c>PUT customField/{customFieldId}</c>, body
/// <c>{name, isMandatory, defaultValue, isActive, dataType}</c>). Every field is sent: read the
/// field with <see cref="LoyaltyClient.GetCustomFieldAsync"/> first and change what you need.
/// </summary>
/// <param name="customFieldId">The field's id (<see cref="BadgeCustomField.Id"/>).</param>
/// <param name="name">The field's name.</param>
/// <param name="dataType">The type of the field's values.</param>
public sealed class UpdateCustomFieldRequest(string customFieldId, string name, CustomFieldDataType dataType)
{
    /// <summary>Gets or sets the field's id; sent in the path, not in the body.</summary>
    public string CustomFieldId { get; set; } = customFieldId;

    /// <summary>Gets or sets the field's name (<c>name</c>).</summary>
    public string Name { get; set; } = name;

    /// <summary>Gets or sets the type of the field's values (<c>dataType</c>).</summary>
    public CustomFieldDataType DataType { get; set; } = dataType;

    /// <summary>Gets or sets a value indicating whether every badge must carry a value for the field (<c>isMandatory</c>, always sent). Default <see langword="false"/>.</summary>
    public bool IsMandatory { get; set; }

    /// <summary>Gets or sets the value a badge gets when it sets none (<c>defaultValue</c>); <see langword="null"/> sends none.</summary>
    public string? DefaultValue { get; set; }

    /// <summary>Gets or sets a value indicating whether the field is active (<c>isActive</c>, always sent). Default <see langword="true"/>.</summary>
    public bool IsActive { get; set; } = true;
}
