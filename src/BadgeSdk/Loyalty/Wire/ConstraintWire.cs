using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty.Wire;

/// <summary>One constraint, every documented field of every type; only the type's own are set when writing.</summary>
internal sealed class ConstraintWire
{
    public string? ConstraintType { get; set; }

    public string? ReferenceId { get; set; }

    public string? DurationType { get; set; }

    public int? RefreshRate { get; set; }

    public string? StartDayOfTheWeek { get; set; }

    public int? MaxEarnLimit { get; set; }

    public string? RollType { get; set; }

    public int? RollValue { get; set; }

    public int? MaxEarnForDays { get; set; }

    public int? RollForDays { get; set; }

    public int? MaxEarnForWeeks { get; set; }

    public int? RollForWeeks { get; set; }

    public int? MaxEarnForMonths { get; set; }

    public int? RollForMonths { get; set; }

    public string? CycleStatus { get; set; }

    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? StartDate { get; set; }

    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? EndDate { get; set; }
}
