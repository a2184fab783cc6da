using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty;

/// <summary>For an absolute expiry, what the date comes from (the <c>type</c> field).</summary>
/// <remarks>An extensible enum: values the SDK does not know yet read, compare and round-trip unchanged.</remarks>
[ExtensibleEnum]
[JsonConverter(typeof(ExtensibleEnumConverter<ExpiryMethod>))]
public readonly partial struct ExpiryMethod
{
    /// <summary>Gets <c>WITH_BADGE_META</c>: The badge definition's own <c>expiresOn</c>.</summary>
    public static ExpiryMethod WithBadgeMeta { get; } = new("WITH_BADGE_META");

    /// <summary>Gets <c>FIXED_DATE</c>: A fixed date given with the expiry.</summary>
    public static ExpiryMethod FixedDate { get; } = new("FIXED_DATE");
}
