using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Issuance.Wire;

/// <summary>One template as <c>badge/getall</c> sends it: the id arrives as <c>id</c> or <c>badge_id</c>.</summary>
internal sealed class BadgeTemplateItem
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    [JsonPropertyName("badge_id")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? BadgeId { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? CreatedAt { get; set; }
}
