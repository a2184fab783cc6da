using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty.Wire;

/// <summary>One <c>issualDetails.issuals[]</c> entry.</summary>
internal sealed class IssualWire
{
    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? IssuedOn { get; set; }

    public string? IssuedStatus { get; set; }

    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? IssueExpiresOn { get; set; }

    public string? IssueId { get; set; }

    public string? OwnerType { get; set; }

    public string? OwnerReferenceId { get; set; }

    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? RevokedOn { get; set; }

    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? IssueEventDate { get; set; }
}
