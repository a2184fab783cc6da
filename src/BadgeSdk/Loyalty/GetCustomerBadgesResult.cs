namespace BadgeSdk.Loyalty;

/// <summary>A customer's badges (<c>data.badges</c> and <c>data.pagination</c>).</summary>
public sealed record GetCustomerBadgesResult : BadgeResult
{
    /// <summary>Gets the badges.</summary>
    public IReadOnlyList<CustomerBadge> Badges { get; init; } = [];

    /// <summary>Gets the page number Capillary reported, from 0.</summary>
    public int Page { get; init; }

    /// <summary>Gets the page size Capillary reported.</summary>
    public int PageSize { get; init; }

    /// <summary>Gets how many badges match in all.</summary>
    public long Total { get; init; }

    /// <summary>Gets how many pages there are.</summary>
    public int TotalPages { get; init; }

    /// <summary>Gets the warnings Capillary sent.</summary>
    public IReadOnlyList<BadgeError> Warnings { get; init; } = [];
}
