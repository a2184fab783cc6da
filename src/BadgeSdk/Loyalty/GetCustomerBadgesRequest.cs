namespace BadgeSdk.Loyalty;

/// <summary>A customer's badges to read (Capillary <c>GET badges/customer/{customerId}</c>).</summary>
public sealed class GetCustomerBadgesRequest
{
    /// <summary>Initializes a request.</summary>
    /// <param name="customer">The customer (an id, or another identifier sent as <c>X-CAP-CUSTOMER-IDENTIFIER</c>).</param>
    public GetCustomerBadgesRequest(CustomerKey customer) => Customer = customer;

    /// <summary>Gets the customer.</summary>
    public CustomerKey Customer { get; }

    /// <summary>Gets or sets which badges (<c>badgeType</c>: available or earned).</summary>
    public CustomerBadgeType? BadgeType { get; set; }

    /// <summary>Gets or sets whether earned badges whose earn expired are included (<c>includeExpired</c>).</summary>
    public bool? IncludeExpired { get; set; }

    /// <summary>Gets or sets the sort (<c>sortOn</c>; Capillary documents <c>rank</c>).</summary>
    public string? SortOn { get; set; }

    /// <summary>Gets or sets the badge group (<c>groupId</c>).</summary>
    public string? GroupId { get; set; }

    /// <summary>Gets or sets the <c>lastEarnedOnDate</c> filter, sent as epoch milliseconds as documented.</summary>
    public DateTimeOffset? LastEarnedOn { get; set; }

    /// <summary>Gets or sets the <c>lastEarnEventDate</c> filter, sent as epoch milliseconds as documented.</summary>
    public DateTimeOffset? LastEarnEventDate { get; set; }
}
