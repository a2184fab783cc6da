namespace BadgeSdk.Loyalty.Wire;

/// <summary><c>ownership</c>.</summary>
internal sealed class OwnershipWire
{
    public List<OwnerType>? RestrictedToOwners { get; set; }

    public List<BadgeClaim>? Claims { get; set; }
}
