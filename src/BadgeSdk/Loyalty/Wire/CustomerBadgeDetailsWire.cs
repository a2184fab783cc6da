using System.Text.Json;
using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty.Wire;

/// <summary>The <c>data</c> of get-individual-badge-details-of-a-customer.</summary>
internal sealed class CustomerBadgeDetailsWire
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? CreatedOn { get; set; }

    [JsonPropertyName("createdOnISO")]
    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? CreatedOnIso { get; set; }

    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? LastUpdatedOn { get; set; }

    [JsonPropertyName("lastUpdatedOnISO")]
    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? LastUpdatedOnIso { get; set; }

    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? StartsOn { get; set; }

    [JsonPropertyName("startsOnISO")]
    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? StartsOnIso { get; set; }

    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? ExpiresOn { get; set; }

    [JsonPropertyName("expiresOnISO")]
    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? ExpiresOnIso { get; set; }

    public string? Action { get; set; }

    public string? BadgeType { get; set; }

    public string? BadgeStatus { get; set; }

    public List<string>? Owner { get; set; }

    public List<string>? ClaimedBy { get; set; }

    public List<ImageLinkWire>? Images { get; set; }

    public ExpiryWire? EarnExpiry { get; set; }

    public ExpiryWire? IssueExpiry { get; set; }

    public string? BadgeGroupId { get; set; }

    public string? BadgeGroupName { get; set; }

    public int? BadgeRank { get; set; }

    public IssualDetailsWire? IssualDetails { get; set; }

    public string? IssuedStatus { get; set; }

    public EarnDetailsWire? EarnDetails { get; set; }

    public long? ActiveEarnedCount { get; set; }

    [JsonPropertyName("lastEarnedOnISO")]
    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? LastEarnedOnIso { get; set; }

    public Dictionary<string, JsonElement>? CustomFields { get; set; }
}
