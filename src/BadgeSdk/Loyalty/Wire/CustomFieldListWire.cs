namespace BadgeSdk.Loyalty.Wire;

/// <summary>The custom field list's <c>data</c>: one page of fields and where it sits.</summary>
internal sealed class CustomFieldListWire
{
    // Capillary's name for the list ("RO" as in read object).
    public List<CustomFieldWire?>? CustomFieldROList { get; set; }

    public PaginationWire? Pagination { get; set; }
}
