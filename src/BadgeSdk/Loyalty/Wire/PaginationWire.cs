namespace BadgeSdk.Loyalty.Wire;

/// <summary>Capillary's <c>pagination</c>: <c>{page, size, total, totalPages}</c>, pages from 0.</summary>
internal sealed class PaginationWire
{
    public int? Page { get; set; }

    public int? Size { get; set; }

    public long? Total { get; set; }

    public int? TotalPages { get; set; }
}
