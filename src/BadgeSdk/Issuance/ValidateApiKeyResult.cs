namespace BadgeSdk.Issuance;

/// <summary>Whether IssueBadge accepts an API key (<c>POST validate-key</c>).</summary>
/// <param name="IsValid">Whether the key is accepted.</param>
/// <param name="Message">The server's message (for a rejected key, typically <c>Unauthenticated.</c>).</param>
public sealed record ValidateApiKeyResult(bool IsValid, string? Message) : BadgeResult;
