using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty.Wire;

/// <summary><c>earnedBadgeExpiry</c> / <c>issuedBadgeExpiry</c> with Capillary's exact names (note <c>relativeExpirytype</c>).</summary>
internal sealed class ExpiryWire
{
    public string? ExpiryType { get; set; }

    public string? Type { get; set; }

    [JsonConverter(typeof(EpochSecondsConverter))]
    public DateTimeOffset? ExpiresOn { get; set; }

    public bool? ExpireWithBadgeMeta { get; set; }

    [JsonPropertyName("relativeExpirytype")]
    public string? RelativeExpiryType { get; set; }

    public int? Value { get; set; }
}
