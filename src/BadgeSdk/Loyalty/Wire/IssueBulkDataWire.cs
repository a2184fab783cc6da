using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty.Wire;

/// <summary>The <c>data</c> of an <c>issueBulk</c> answer.</summary>
internal sealed class IssueBulkDataWire
{
    public string? BadgeMetaId { get; set; }

    public TriggerWire? TriggeredBy { get; set; }

    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? ExpiresOn { get; set; }

    [JsonPropertyName("expiresOnISO")]
    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? ExpiresOnIso { get; set; }

    public List<IssuedBadgeWire>? IssuedBadges { get; set; }

    public string? RequestId { get; set; }
}
