namespace BadgeSdk.Loyalty.Wire;

/// <summary><c>ownership</c>.</summary>
internal sealed class OwnershipWire
{
    public List<string>? RestrictedToOwners { get; set; }

    public List<ClaimWire>? Claims { get; set; }
}
