namespace BadgeSdk.Loyalty.Wire;

/// <summary>One customer's entry in an earnBulk answer list.</summary>
internal sealed class EarnedItemWire
{
    public long CustomerId { get; set; }

    public string? EarnedBadgeId { get; set; }

    public string? IssuedId { get; set; }

    public CapillaryErrorWire? Error { get; set; }

    public string? Status { get; set; }
}
