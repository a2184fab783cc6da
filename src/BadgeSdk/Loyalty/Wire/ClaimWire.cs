namespace BadgeSdk.Loyalty.Wire;

/// <summary>One entry of <c>ownership.claims[]</c>, and the body and answer of claim and unclaim.</summary>
internal sealed class ClaimWire
{
    public string? OwnerType { get; set; }

    public string? ReferenceId { get; set; }

    public string? BadgeMetaId { get; set; }

    // Answers only (claim, unclaim, a badge's claims); never written, as the SDK leaves it null.
    public bool? IsActive { get; set; }
}
