using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty.Wire;

/// <summary>The <c>data</c> of an earn answer (also each element of the import answer).</summary>
internal sealed class EarnDataWire
{
    public string? BadgeMetaId { get; set; }

    public long? CustomerId { get; set; }

    public string? EarnedBadgeId { get; set; }

    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? ExpiresOn { get; set; }

    [JsonPropertyName("expiresOnISO")]
    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? ExpiresOnIso { get; set; }

    public string? RequestId { get; set; }

    public string? IssuedId { get; set; }
}
