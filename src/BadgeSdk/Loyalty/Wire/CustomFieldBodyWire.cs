namespace BadgeSdk.Loyalty.Wire;

/// <summary>The body of a custom field create (<c>{name, isMandatory, defaultValue, dataType}</c>) or update (with <c>isActive</c>).</summary>
internal sealed class CustomFieldBodyWire
{
    public string? Name { get; set; }

    public bool IsMandatory { get; set; }

    public string? DefaultValue { get; set; }

    // Only the update sends it; the create leaves it null, so it is omitted.
    public bool? IsActive { get; set; }

    public string? DataType { get; set; }
}
