using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Issuance.Wire;

/// <summary>The unpublished answer of <c>badge/create</c>, read for the fields it probably has.</summary>
internal sealed class CreateTemplateResponse : IssuanceEnvelope
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    [JsonPropertyName("badge_id")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? BadgeId { get; set; }

    public BadgeTemplateItem? Data { get; set; }
}
