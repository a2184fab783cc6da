namespace BulkIssue;

/// <summary>What a run did.</summary>
/// <param name="Rows">The latest result of every input row, in row order.</param>
/// <param name="ThisRun">The results of the rows this run sent; the other rows were done by earlier runs and skipped.</param>
public sealed record BulkIssueRun(IReadOnlyList<RowResult> Rows, IReadOnlyList<RowResult> ThisRun)
{
    /// <summary>Gets how many rows earlier runs had done, so this run skipped them.</summary>
    public int Skipped => Rows.Count - ThisRun.Count;
}
