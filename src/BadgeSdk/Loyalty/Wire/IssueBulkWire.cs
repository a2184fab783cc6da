using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty.Wire;

/// <summary>The <c>issueBulk</c> request body.</summary>
internal sealed class IssueBulkWire
{
    public required string BadgeMetaId { get; init; }

    public required IReadOnlyList<long> Customers { get; init; }

    public required string RequestId { get; init; }

    [JsonPropertyName("issueEventDateISO")]
    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? IssueEventDateIso { get; init; }

    public TriggerWire? TriggeredBy { get; init; }
}
