namespace BulkIssue;

/// <summary>What a run reads and writes.</summary>
/// <param name="Input">The recipients CSV.</param>
/// <param name="Output">The results CSV; an existing one is resumed.</param>
/// <param name="DefaultBadgeId">The badge for rows without <c>badge_id</c>.</param>
/// <param name="IdColumn">A column that identifies each recipient; by default the email does.</param>
/// <param name="Delimiter">The field separator; detected from the header when <see langword="null"/>.</param>
/// <param name="Concurrency">Calls in flight at once.</param>
public sealed record BulkIssueSettings(string Input, string Output, string? DefaultBadgeId = null, string? IdColumn = null, char? Delimiter = null, int Concurrency = 8);
