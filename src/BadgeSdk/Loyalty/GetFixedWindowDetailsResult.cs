namespace BadgeSdk.Loyalty;

/// <summary>A badge's fixed-window cycles, one page of them (Capillary <c>getFixedWindowDetails</c>).</summary>
public sealed record GetFixedWindowDetailsResult
{
    /// <summary>Gets the badge (<c>badgeMetaId</c>).</summary>
    public string? BadgeId { get; init; }

    /// <summary>Gets the organisation id.</summary>
    public long? OrgId { get; init; }

    /// <summary>Gets the customer the earn counts are for, when one was asked for.</summary>
    public long? CustomerId { get; init; }

    /// <summary>Gets when the first cycle starts.</summary>
    public DateTimeOffset? StartDate { get; init; }

    /// <summary>Gets when the last cycle ends.</summary>
    public DateTimeOffset? EndDate { get; init; }

    /// <summary>Gets the cycles on this page.</summary>
    public IReadOnlyList<FixedWindowCycle> Cycles { get; init; } = [];

    /// <summary>Gets this page's number, from 0.</summary>
    public int Page { get; init; }

    /// <summary>Gets the page size Capillary used.</summary>
    public int PageSize { get; init; }

    /// <summary>Gets how many cycles there are in all.</summary>
    public long Total { get; init; }

    /// <summary>Gets how many pages there are.</summary>
    public int TotalPages { get; init; }

    /// <summary>Gets the warnings Capillary sent (<c>warnings[]</c>); empty when none.</summary>
    public IReadOnlyList<BadgeError> Warnings { get; init; } = [];
}
