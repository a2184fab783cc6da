namespace BadgeSdk.Loyalty.Wire;

/// <summary>The <c>data</c> of the management listing.</summary>
internal sealed class CustomerBadgeListWire
{
    public List<CustomerBadgeSummaryWire>? CustomerBadges { get; set; }

    public PaginationWire? Pagination { get; set; }
}
