namespace BadgeSdk.Loyalty;

/// <summary>One page of the management listing of a customer's badges (<c>data.customerBadges</c> and <c>data.pagination</c>).</summary>
public sealed record ListCustomerBadgesResult : CapillaryPage
{
    /// <summary>Gets the badges on this page.</summary>
    public IReadOnlyList<CustomerBadgeSummary> Badges { get; init; } = [];
}
