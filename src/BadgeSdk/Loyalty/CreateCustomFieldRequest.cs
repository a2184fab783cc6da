namespace BadgeSdk.Loyalty;

/// <summary>A new badge custom field (Capillary <c>POST customField</c>, body <c>{name, isMandatory, defaultValue, dataType}</c>).</summary>
/// <param name="name">The field's name; badges carry the field's value under this name.</param>
/// <param name="dataType">The type of the field's values.</param>
public sealed class CreateCustomFieldRequest(string name, CustomFieldDataType dataType)
{
    /// <summary>Gets or sets the field's name (<c>name</c>).</summary>
    public string Name { get; set; } = name;

    /// <summary>Gets or sets the type of the field's values (<c>dataType</c>: <c>STRING</c>, <c>INTEGER</c>, <c>BOOLEAN</c> or <c>DATE</c>).</summary>
    public CustomFieldDataType DataType { get; set; } = dataType;

    /// <summary>Gets or sets a value indicating whether every badge must carry a value for the field (<c>isMandatory</c>, always sent). Default <see langword="false"/>.</summary>
    public bool IsMandatory { get; set; }

    /// <summary>Gets or sets the value a badge gets when it sets none (<c>defaultValue</c>, as text); <see langword="null"/> sends none.</summary>
    public string? DefaultValue { get; set; }
}
