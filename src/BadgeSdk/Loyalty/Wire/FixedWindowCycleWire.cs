using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty.Wire;

/// <summary>One entry of <c>fixedWindowCycles[]</c>.</summary>
internal sealed class FixedWindowCycleWire
{
    public string? FixedWindowCycleReferenceId { get; set; }

    public string? ConstraintType { get; set; }

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

    public long? EarnCount { get; set; }
}
