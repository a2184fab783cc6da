using CsvHelper.Configuration.Attributes;

namespace BulkIssue;

/// <summary>One recipient's latest record in the results CSV, which is a journal: a row is recorded as <c>sending</c> before its call and with its outcome after.</summary>
/// <param name="Key">The recipient's key (see <see cref="Recipient.Key"/>).</param>
/// <param name="Row">The input row it was on when recorded.</param>
/// <param name="Status">
/// <c>sending</c> (the call was made; no outcome recorded, for example after a crash),
/// <c>issued</c>, <c>already-issued</c> (IssueBadge rejected the row's key as used: an earlier run issued it),
/// <c>unconfirmed</c> (the badge may have been issued: the SDK said the call may have been processed, or an
/// earlier run's call may have been; a rerun retries with the same key) or <c>failed</c> (nothing was issued).
/// </param>
/// <param name="BadgeId">The badge template sent.</param>
/// <param name="Name">The name sent.</param>
/// <param name="Email">The email sent.</param>
/// <param name="Phone">The phone sent.</param>
/// <param name="IssueId">The issue id, when known.</param>
/// <param name="PublicUrl">The public URL, when known.</param>
/// <param name="IdempotencyKey">The row's deterministic key.</param>
/// <param name="Error">Why the row failed or is unconfirmed.</param>
public sealed record RowResult(string Key, int Row, string Status, string BadgeId, string Name, string? Email, string? Phone, string? IssueId, string? PublicUrl, string IdempotencyKey, string? Error)
{
    /// <summary>Gets a value indicating whether the row needs no further run.</summary>
    [Ignore]
    public bool IsDone => Status is "issued" or "already-issued";

    /// <summary>Gets a value indicating whether a call for this row may have issued a badge, so its content may no longer change.</summary>
    [Ignore]
    public bool MayHaveBeenSent => Status != "failed";
}
