using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty.Wire;

/// <summary>The <c>data</c> of <c>getFixedWindowDetails</c>.</summary>
internal sealed class FixedWindowDetailsWire
{
    public string? BadgeMetaId { get; set; }

    public long? OrgId { get; set; }

    public long? CustomerId { get; set; }

    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? StartDate { get; set; }

    [JsonPropertyName("startDateISO")]
    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? StartDateIso { get; set; }

    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? EndDate { get; set; }

    [JsonPropertyName("endDateISO")]
    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? EndDateIso { get; set; }

    public List<FixedWindowCycleWire>? FixedWindowCycles { get; set; }

    public PaginationWire? Pagination { get; set; }
}
