using System.Text.Json.Serialization;

namespace BadgeSdk.Benchmarks.Floor;

/// <summary>IssueBadge's issue body, as a hand-written client would declare it.</summary>
internal sealed class IssueBody
{
    [JsonPropertyName("badge_id")]
    public required string BadgeId { get; init; }

    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("email")]
    public string? Email { get; init; }

    [JsonPropertyName("idempotency_key")]
    public required string IdempotencyKey { get; init; }

    [JsonPropertyName("metadata")]
    public Dictionary<string, string>? Metadata { get; init; }
}

/// <summary>IssueBadge's issue answer.</summary>
internal sealed class IssueAnswer
{
    [JsonPropertyName("success")]
    public bool Success { get; set; }

    [JsonPropertyName("IssueId")]
    public string? IssueId { get; set; }

    [JsonPropertyName("publicUrl")]
    public string? PublicUrl { get; set; }
}

/// <summary>Capillary's issueBulk body.</summary>
internal sealed class BulkBody
{
    public required string BadgeMetaId { get; init; }

    public required long[] Customers { get; init; }

    public required string RequestId { get; init; }
}

/// <summary>Capillary's envelope around issueBulk's data.</summary>
internal sealed class BulkEnvelope
{
    public BulkData? Data { get; set; }
}

internal sealed class BulkData
{
    public List<BulkIssued>? IssuedBadges { get; set; }
}

internal sealed class BulkIssued
{
    public long CustomerId { get; set; }

    public string? IssuedId { get; set; }

    public string? Status { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IssueBody))]
[JsonSerializable(typeof(IssueAnswer))]
[JsonSerializable(typeof(BulkBody))]
[JsonSerializable(typeof(BulkEnvelope))]
internal sealed partial class FloorJsonContext : JsonSerializerContext;
