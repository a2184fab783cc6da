using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty.Wire;

/// <summary>
/// The <c>data</c> of an earnBulk answer. The page shows three shapes: lists
/// (<c>earnedBadgesList</c>, <c>failedEarnBadgeErrorList</c>), <c>issuedBadges</c> with per-customer
/// errors, and a single customer's earn at the top level; all are read.
/// </summary>
internal sealed class EarnBulkDataWire
{
    public string? BadgeMetaId { get; set; }

    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? ExpiresOn { get; set; }

    [JsonPropertyName("expiresOnISO")]
    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? ExpiresOnIso { get; set; }

    public List<EarnedItemWire>? EarnedBadgesList { get; set; }

    public List<EarnedItemWire>? FailedEarnBadgeErrorList { get; set; }

    public List<EarnedItemWire>? IssuedBadges { get; set; }

    public long? CustomerId { get; set; }

    public string? EarnedBadgeId { get; set; }

    public string? IssuedId { get; set; }

    public string? RequestId { get; set; }
}
