using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Issuance.Wire;

/// <summary><c>{success, IssueId, publicUrl}</c>; the snake_case twins come from IssueBadge's "simple" endpoint and are read too.</summary>
internal sealed class IssueBadgeResponse : IssuanceEnvelope
{
    [JsonPropertyName("IssueId")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? IssueId { get; set; }

    [JsonPropertyName("issue_id")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? IssueIdSnake { get; set; }

    [JsonPropertyName("publicUrl")]
    public string? PublicUrl { get; set; }

    [JsonPropertyName("public_url")]
    public string? PublicUrlSnake { get; set; }
}
