using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty.Wire;

/// <summary>A badge custom field as Capillary answers it (create, get, update, and each entry of the list).</summary>
internal sealed class CustomFieldWire
{
    public string? Id { get; set; }

    public long? OrgId { get; set; }

    public string? Name { get; set; }

    public bool? IsMandatory { get; set; }

    public string? DefaultValue { get; set; }

    public bool? IsActive { get; set; }

    public string? DataType { get; set; }

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
