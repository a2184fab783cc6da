using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty.Wire;

/// <summary>The <c>customer/earn</c> request body; <c>customerId</c> is a string, as in the page's example.</summary>
internal sealed class EarnWire
{
    public required string BadgeMetaId { get; init; }

    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? EarnEventDate { get; init; }

    public required string CustomerId { get; init; }

    public required string RequestId { get; init; }

    public required TriggerWire TriggeredBy { get; init; }
}
