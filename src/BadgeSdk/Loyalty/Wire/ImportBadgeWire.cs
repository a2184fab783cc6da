using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty.Wire;

/// <summary>One element of the import body: the numeric dates in epoch seconds (every example) with their ISO twins, which Capillary documents to override them.</summary>
internal sealed class ImportBadgeWire
{
    public required string BadgeMetaId { get; init; }

    public required long CustomerId { get; init; }

    [JsonConverter(typeof(EpochSecondsConverter))]
    public required DateTimeOffset? EarnEventDate { get; init; }

    [JsonPropertyName("earnEventDateISO")]
    [JsonConverter(typeof(IsoTimestampConverter))]
    public required DateTimeOffset? EarnEventDateIso { get; init; }

    [JsonConverter(typeof(EpochSecondsConverter))]
    public required DateTimeOffset? EarnExpiresOn { get; init; }

    [JsonPropertyName("earnExpiresOnISO")]
    [JsonConverter(typeof(IsoTimestampConverter))]
    public required DateTimeOffset? EarnExpiresOnIso { get; init; }
}
