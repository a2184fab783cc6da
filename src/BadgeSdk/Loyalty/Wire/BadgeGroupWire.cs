namespace BadgeSdk.Loyalty.Wire;

/// <summary>A badge group as Capillary answers it (create, get, update, and each entry of the list).</summary>
internal sealed class BadgeGroupWire : StoredRecordWire
{
    public int? Rank { get; set; }
}
