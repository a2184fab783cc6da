namespace BadgeSdk.Loyalty.Wire;

/// <summary>A badge custom field as Capillary answers it (create, get, update, and each entry of the list).</summary>
internal sealed class CustomFieldWire : StoredRecordWire
{
    public bool? IsMandatory { get; set; }

    public string? DefaultValue { get; set; }

    public string? DataType { get; set; }
}
