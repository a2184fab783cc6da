namespace BadgeSdk.Loyalty.Wire;

/// <summary>One <c>issuedBadges[]</c> entry: the customer's own outcome.</summary>
internal sealed class IssuedBadgeWire
{
    public long CustomerId { get; set; }

    public string? IssuedId { get; set; }

    public BadgeError? Error { get; set; }

    public BadgeStatus? Status { get; set; }
}
