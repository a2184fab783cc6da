namespace BadgeSdk.Loyalty.Wire;

/// <summary>The <c>data</c> of get-badges-for-customer.</summary>
internal sealed class CustomerBadgesWire
{
    public List<CustomerBadgeWire>? Badges { get; set; }

    public PaginationWire? Pagination { get; set; }
}
