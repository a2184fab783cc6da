namespace BulkIssue;

/// <summary>One row of the results CSV.</summary>
/// <param name="Row">The input row.</param>
/// <param name="Status"><c>issued</c>, <c>already-issued</c> (a rerun found the row's key used: it was issued by an earlier run) or <c>failed</c>.</param>
/// <param name="IssueId">The issue id, when known.</param>
/// <param name="PublicUrl">The public URL, when known.</param>
/// <param name="IdempotencyKey">The row's deterministic key.</param>
/// <param name="Error">Why the row failed.</param>
public sealed record RowResult(int Row, string Status, string? IssueId, string? PublicUrl, string IdempotencyKey, string? Error)
{
    /// <summary>Gets a value indicating whether the row needs no further run.</summary>
    [CsvHelper.Configuration.Attributes.Ignore]
    public bool IsDone => Status is "issued" or "already-issued";
}
