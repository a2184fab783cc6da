using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty;

/// <summary>A badge's activation state, as the badge list filters on it (<c>action</c>).</summary>
/// <remarks>An extensible enum: values the SDK does not know yet read, compare and round-trip unchanged.</remarks>
[ExtensibleEnum]
[JsonConverter(typeof(ExtensibleEnumConverter<BadgeAction>))]
public readonly partial struct BadgeAction
{
    /// <summary>Gets <c>ACTIVATED</c>: Active badges.</summary>
    public static BadgeAction Activated { get; } = new("ACTIVATED");

    /// <summary>Gets <c>DE_ACTIVATED</c>: Deactivated badges.</summary>
    public static BadgeAction Deactivated { get; } = new("DE_ACTIVATED");
}
