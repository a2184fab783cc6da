using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty.Wire;

/// <summary>One <c>customerBadges[]</c> entry of the management listing.</summary>
internal sealed class CustomerBadgeSummaryWire
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? BadgeMetaId { get; set; }

    public string? BadgeType { get; set; }

    public string? BadgeGroupId { get; set; }

    public string? BadgeGroupName { get; set; }

    public int? BadgeRank { get; set; }

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

    public List<ImageLinkWire>? Images { get; set; }

    public string? BadgeStatus { get; set; }

    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? LastEarnedOn { get; set; }

    [JsonPropertyName("lastEarnedOnISO")]
    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? LastEarnedOnIso { get; set; }

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

    public long? EarnCount { get; set; }

    public OwnershipWire? Ownership { get; set; }

    public string? IssueStatus { get; set; }

    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? LastEarnedOnDate { get; set; }

    [JsonPropertyName("lastEarnedOnDateISO")]
    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? LastEarnedOnDateIso { get; set; }

    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? LastEarnEventDate { get; set; }

    [JsonPropertyName("lastEarnEventDateISO")]
    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? LastEarnEventDateIso { get; set; }

    public bool? Active { get; set; }
}
