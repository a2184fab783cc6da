namespace BadgeSdk.Loyalty;

/// <summary>One page of the management listing of a customer's badges (<c>data.customerBadges</c> and <c>data.pagination</c>).</summary>
public sealed record ListCustomerBadgesResult
{
    /// <summary>Gets the badges on this page.</summary>
    public IReadOnlyList<CustomerBadgeSummary> Badges { get; init; } = [];

    /// <summary>Gets this page's number, from 0.</summary>
    public int Page { get; init; }

    /// <summary>Gets the page size Capillary used.</summary>
    public int PageSize { get; init; }

    /// <summary>Gets how many badges match in all.</summary>
    public long Total { get; init; }

    /// <summary>Gets how many pages there are.</summary>
    public int TotalPages { get; init; }

    /// <summary>Gets a value indicating whether a later page exists.</summary>
    public bool HasMore => Page + 1 < TotalPages;

    /// <summary>Gets the warnings Capillary sent.</summary>
    public IReadOnlyList<BadgeError> Warnings { get; init; } = [];
}
