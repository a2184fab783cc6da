using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty.Wire;

/// <summary>One badge of a customer (get-badges-for-customer): a definition under <c>badgeMetaId</c>, with the customer's earn fields.</summary>
internal sealed class CustomerBadgeWire : BadgeMetaWire
{
    public string? BadgeMetaId { get; set; }

    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? LastEarnedOnDate { get; set; }

    [JsonPropertyName("lastEarnedOnDateISO")]
    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? LastEarnedOnDateIso { get; set; }

    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? LastEarnEventDate { get; set; }

    [JsonPropertyName("lastEarnEventDateISO")]
    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? LastEarnEventDateIso { get; set; }
}
