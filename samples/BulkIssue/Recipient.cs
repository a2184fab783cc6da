namespace BulkIssue;

/// <summary>One row of the input CSV (<c>badge_id,name,email,phone</c>; <c>badge_id</c> may come from <c>--badge-id</c> instead).</summary>
/// <param name="Row">The 1-based data row number.</param>
/// <param name="BadgeId">The badge template.</param>
/// <param name="Name">The recipient.</param>
/// <param name="Email">The recipient's email.</param>
/// <param name="Phone">The recipient's phone.</param>
public sealed record Recipient(int Row, string BadgeId, string Name, string? Email, string? Phone);
