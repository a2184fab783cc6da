namespace BadgeSdk.Issuance;

/// <summary>An issued badge.</summary>
/// <param name="IssueId">IssueBadge's id of the issued badge (<c>IssueId</c>).</param>
/// <param name="PublicUrl">The public page of the badge (<c>publicUrl</c>); treat it as opaque.</param>
/// <param name="IdempotencyKey">The idempotency key the call carried (the caller's, or the one the SDK generated).</param>
public sealed record IssueBadgeResult(string IssueId, Uri? PublicUrl, IdempotencyKey IdempotencyKey) : BadgeResult;
