using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty;

/// <summary>The state of a badge, a constraint window or an issued badge.</summary>
/// <remarks>An extensible enum: values the SDK does not know yet read, compare and round-trip unchanged.</remarks>
[ExtensibleEnum]
[JsonConverter(typeof(ExtensibleEnumConverter<BadgeStatus>))]
public readonly partial struct BadgeStatus
{
    /// <summary>Gets <c>LIVE</c>: Live: can be earned now.</summary>
    public static BadgeStatus Live { get; } = new("LIVE");

    /// <summary>Gets <c>UPCOMING</c>: Starts later.</summary>
    public static BadgeStatus Upcoming { get; } = new("UPCOMING");

    /// <summary>Gets <c>ENDED</c>: Ended.</summary>
    public static BadgeStatus Ended { get; } = new("ENDED");

    /// <summary>Gets <c>EXPIRED</c>: Expired.</summary>
    public static BadgeStatus Expired { get; } = new("EXPIRED");

    /// <summary>Gets <c>ACTIVE</c>: Active (as issued badges report it).</summary>
    public static BadgeStatus Active { get; } = new("ACTIVE");
}
