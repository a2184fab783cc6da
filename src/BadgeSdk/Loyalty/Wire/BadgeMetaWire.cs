using System.Text.Json;
using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty.Wire;

/// <summary>A badge definition as Capillary writes and reads it: the request fields plus the response-only ones.</summary>
internal sealed class BadgeMetaWire
{
    public string? Id { get; set; }

    public long? BadgeNumericId { get; set; }

    public long? OrgId { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    [JsonConverter(typeof(EpochSecondsConverter))]
    public DateTimeOffset? StartOn { get; set; }

    [JsonPropertyName("startOnISO")]
    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? StartOnIso { get; set; }

    [JsonConverter(typeof(EpochSecondsConverter))]
    public DateTimeOffset? ExpiresOn { get; set; }

    [JsonPropertyName("expiresOnISO")]
    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? ExpiresOnIso { get; set; }

    public ExpiryWire? EarnedBadgeExpiry { get; set; }

    public ExpiryWire? IssuedBadgeExpiry { get; set; }

    public List<ImageLinkWire>? Images { get; set; }

    public OwnershipWire? Ownership { get; set; }

    public List<ConstraintWire>? CustomerConstraints { get; set; }

    public List<ConstraintWire>? BadgeConstraints { get; set; }

    public string? EarnType { get; set; }

    public List<BenefitWire>? Benefits { get; set; }

    public List<TagWire>? Tags { get; set; }

    public bool? Active { get; set; }

    // One documented example spells it isActive; read it, never write it.
    [JsonPropertyName("isActive")]
    public bool? IsActive { get; set; }

    public Dictionary<string, JsonElement>? CustomFields { get; set; }

    public string? BadgeGroupId { get; set; }

    public string? BadgeGroupName { get; set; }

    public int? BadgeRank { get; set; }

    public string? Status { get; set; }

    public long? IssuedCount { get; set; }

    public long? EarnedCount { get; set; }

    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? CreatedOn { get; set; }

    [JsonPropertyName("createdOnISO")]
    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? CreatedOnIso { get; set; }

    public long? CreatedBy { get; set; }

    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? LastUpdatedOn { get; set; }

    [JsonPropertyName("lastUpdatedOnISO")]
    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? LastUpdatedOnIso { get; set; }

    public long? LastUpdatedBy { get; set; }
}
