using System.Text.Json.Nodes;

namespace BadgeSdk.Testing;

/// <summary>A badge the emulated IssueBadge API issued.</summary>
/// <param name="IssueId">The issue id it returned.</param>
/// <param name="BadgeId">The template.</param>
/// <param name="Name">The recipient.</param>
/// <param name="Email">The recipient's email.</param>
/// <param name="Phone">The recipient's phone.</param>
/// <param name="ExpireDate">The expiry date sent, as sent.</param>
/// <param name="IdempotencyKey">The key it was issued under.</param>
/// <param name="Metadata">The custom fields, as sent.</param>
/// <param name="PublicUrl">The public page, served by the emulator.</param>
public sealed record EmulatedIssue(string IssueId, string BadgeId, string Name, string? Email, string? Phone, string? ExpireDate, string IdempotencyKey, JsonObject? Metadata, Uri PublicUrl);
