namespace BadgeSdk.Loyalty.Wire;

/// <summary>The group list's <c>data</c>: one page of groups and where it sits.</summary>
internal sealed class BadgeGroupListWire
{
    public List<BadgeGroupWire?>? BadgeGroups { get; set; }

    public PaginationWire? Pagination { get; set; }
}
