using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty.Wire;

/// <summary>The fields Capillary answers on every stored group and custom field: id, owner organisation, name, state and who changed it when.</summary>
internal abstract class StoredRecordWire
{
    public string? Id { get; set; }

    public long? OrgId { get; set; }

    public string? Name { get; set; }

    public bool? IsActive { get; set; }

    public long? CreatedBy { get; set; }

    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? CreatedOn { get; set; }

    [JsonPropertyName("createdOnISO")]
    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? CreatedOnIso { get; set; }

    public long? LastUpdatedBy { get; set; }

    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? LastUpdatedOn { get; set; }

    [JsonPropertyName("lastUpdatedOnISO")]
    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? LastUpdatedOnIso { get; set; }
}
