namespace BadgeSdk.Loyalty.Wire;

/// <summary>One entry of <c>ownership.claims[]</c>.</summary>
internal sealed class ClaimWire
{
    public string? OwnerType { get; set; }

    public string? ReferenceId { get; set; }

    public string? BadgeMetaId { get; set; }
}
