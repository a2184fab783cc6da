using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty;

/// <summary>How an issued or earned badge expires.</summary>
/// <remarks>An extensible enum: values the SDK does not know yet read, compare and round-trip unchanged.</remarks>
[ExtensibleEnum]
[JsonConverter(typeof(ExtensibleEnumConverter<ExpiryType>))]
public readonly partial struct ExpiryType
{
    /// <summary>Gets <c>RELATIVE</c>: A period after the badge was issued (see <see cref="BadgeExpiry.Relative"/>).</summary>
    public static ExpiryType Relative { get; } = new("RELATIVE");

    /// <summary>Gets <c>ABSOLUTE</c>: A fixed point: the badge's own end, or a fixed date.</summary>
    public static ExpiryType Absolute { get; } = new("ABSOLUTE");

    /// <summary>Gets <c>NEVER</c>: Never (Capillary stores now + 100 years).</summary>
    public static ExpiryType Never { get; } = new("NEVER");
}
