namespace BadgeSdk.Loyalty.Wire;

/// <summary>The badge list's <c>data</c>: one page of badges and where it sits.</summary>
internal sealed class BadgeListWire
{
    public List<BadgeMetaWire>? MetaBasicDetails { get; set; }

    public PaginationWire? Pagination { get; set; }
}
