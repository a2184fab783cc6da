namespace BulkIssue;

/// <summary>One row of the input CSV (<c>badge_id,name,email,phone</c>; <c>badge_id</c> may come from <c>--badge-id</c> instead).</summary>
/// <param name="Row">The 1-based data row number in this file (informational: rows are matched by <paramref name="Key"/>).</param>
/// <param name="Line">The file line the row starts on.</param>
/// <param name="Key">What identifies the recipient across runs: the badge id and the email, or the badge id and the value of the id column the user named.</param>
/// <param name="BadgeId">The badge template.</param>
/// <param name="Name">The recipient.</param>
/// <param name="Email">The recipient's email.</param>
/// <param name="Phone">The recipient's phone.</param>
public sealed record Recipient(int Row, int Line, string Key, string BadgeId, string Name, string? Email, string? Phone);
