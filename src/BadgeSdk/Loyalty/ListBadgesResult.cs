namespace BadgeSdk.Loyalty;

/// <summary>One page of the badge list (<c>data.metaBasicDetails</c> and <c>data.pagination</c>).</summary>
public sealed record ListBadgesResult
{
    /// <summary>Gets the badges on this page.</summary>
    public IReadOnlyList<BadgeDefinition> Badges { get; init; } = [];

    /// <summary>Gets this page's number, from 0 (<c>pagination.page</c>).</summary>
    public int Page { get; init; }

    /// <summary>Gets the page size Capillary used (<c>pagination.size</c>).</summary>
    public int PageSize { get; init; }

    /// <summary>Gets how many badges match in all (<c>pagination.total</c>).</summary>
    public long Total { get; init; }

    /// <summary>Gets how many pages there are (<c>pagination.totalPages</c>).</summary>
    public int TotalPages { get; init; }

    /// <summary>Gets a value indicating whether a later page exists.</summary>
    public bool HasMore => Page + 1 < TotalPages;

    /// <summary>Gets the warnings Capillary sent (<c>warnings[]</c>); empty when none.</summary>
    public IReadOnlyList<BadgeError> Warnings { get; init; } = [];
}
