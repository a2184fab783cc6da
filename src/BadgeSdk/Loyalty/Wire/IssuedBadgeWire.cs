namespace BadgeSdk.Loyalty.Wire;

/// <summary>One <c>issuedBadges[]</c> entry: the customer's own outcome.</summary>
internal sealed class IssuedBadgeWire
{
    public long CustomerId { get; set; }

    public string? IssuedId { get; set; }

    public CapillaryErrorWire? Error { get; set; }

    public string? Status { get; set; }
}
