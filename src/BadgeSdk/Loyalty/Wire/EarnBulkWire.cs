using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty.Wire;

/// <summary>The <c>customer/earnBulk</c> request body, in the field order of the page's example.</summary>
internal sealed class EarnBulkWire
{
    public required string BadgeMetaId { get; init; }

    public required IReadOnlyList<long> CustomerIds { get; init; }

    public required string RequestId { get; init; }

    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? IssueEventDate { get; init; }

    public required TriggerWire TriggeredBy { get; init; }
}
