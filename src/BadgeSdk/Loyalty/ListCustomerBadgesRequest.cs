namespace BadgeSdk.Loyalty;

/// <summary>The filters of the management listing of a customer's badges (Capillary <c>GET badges/management/{customerId}</c>).</summary>
public sealed class ListCustomerBadgesRequest
{
    /// <summary>Initializes a request.</summary>
    /// <param name="customer">The customer (an id, or another identifier sent as <c>X-CAP-CUSTOMER-IDENTIFIER</c>).</param>
    public ListCustomerBadgesRequest(CustomerKey customer) => Customer = customer;

    /// <summary>Gets the customer.</summary>
    public CustomerKey Customer { get; }

    /// <summary>Gets or sets the page size (<c>size</c>). Default 10, Capillary's default.</summary>
    public int PageSize { get; set; } = 10;

    /// <summary>Gets or sets the sort (<c>sortOn</c>: <c>EXPIRES_ON</c>, <c>LAST_MODIFIED_DATE</c>, <c>LAST_ISSUED_DATE</c>, <c>LAST_EXPIRED_BADGE</c>).</summary>
    public string? SortOn { get; set; }

    /// <summary>Gets or sets the order (<c>order</c>: <c>ASC</c> or <c>DESC</c>).</summary>
    public string? Order { get; set; }

    /// <summary>Gets or sets the name filter (<c>name</c>).</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the badge type filter (<c>badgeType</c>; the examples use <c>EARNED</c>, <c>AVAILABLE</c>, <c>AVAILABLE_TO_ISSUE</c>, <c>EXPIRED</c>).</summary>
    public string? BadgeType { get; set; }

    /// <summary>Gets or sets the activation filter (<c>action</c>).</summary>
    public BadgeAction? Action { get; set; }

    /// <summary>Gets or sets the status filter, sent as <c>badgeStatus</c> (the reference page's table spells it <c>badgeStatu</c>, a typo its own example titles do not repeat).</summary>
    public BadgeStatus? BadgeStatus { get; set; }

    /// <summary>Gets or sets the owner filter (<c>owner</c>).</summary>
    public OwnerType? Owner { get; set; }

    /// <summary>Gets or sets the claiming-module filter (<c>claimedBy</c>).</summary>
    public OwnerType? ClaimedBy { get; set; }

    /// <summary>Gets or sets the start filter (<c>startOn</c>, ISO-8601 UTC, compared with <see cref="StartOnOperator"/>).</summary>
    public DateTimeOffset? StartOn { get; set; }

    /// <summary>Gets or sets the expiry filter (<c>expiresOn</c>, ISO-8601 UTC, compared with <see cref="EndOnOperator"/>).</summary>
    public DateTimeOffset? ExpiresOn { get; set; }

    /// <summary>Gets or sets how <see cref="StartOn"/> compares (<c>startOnOperator</c>; Capillary lists no values).</summary>
    public string? StartOnOperator { get; set; }

    /// <summary>Gets or sets how <see cref="ExpiresOn"/> compares (<c>endOnOperator</c>; Capillary lists no values).</summary>
    public string? EndOnOperator { get; set; }

    /// <summary>Gets or sets the badge group filter (<c>groupId</c>).</summary>
    public string? GroupId { get; set; }

    /// <summary>Gets or sets the <c>lastEarnEventDate</c> filter, sent as epoch milliseconds as documented.</summary>
    public DateTimeOffset? LastEarnEventDate { get; set; }

    /// <summary>Gets or sets the <c>lastEarnedOnDate</c> filter, sent as epoch milliseconds as documented.</summary>
    public DateTimeOffset? LastEarnedOn { get; set; }
}
