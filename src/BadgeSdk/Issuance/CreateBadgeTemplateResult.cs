namespace BadgeSdk.Issuance;

/// <summary>The answer to <see cref="IssuanceClient.CreateBadgeTemplateAsync"/>.</summary>
/// <param name="BadgeId">The new template's id, when the response carried one as <c>badge_id</c>, <c>id</c> or <c>data.id</c> (the schema is not published, so this is best effort).</param>
/// <param name="Message">The server's message, when it sent one.</param>
/// <param name="IdempotencyKey">The idempotency key the call carried.</param>
/// <param name="RawJson">The response body as sent, for fields the SDK does not model.</param>
public sealed record CreateBadgeTemplateResult(string? BadgeId, string? Message, IdempotencyKey IdempotencyKey, string RawJson) : BadgeResult;
