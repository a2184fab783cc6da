using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty;

/// <summary>The state of a badge, a constraint window or an issued badge.</summary>
/// <remarks>An extensible enum: values the SDK does not know yet read, compare and round-trip unchanged.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<BadgeStatus>))]
public readonly struct BadgeStatus : IExtensibleEnum<BadgeStatus>
{
    private readonly string? _value;

    /// <summary>Initializes a value; any string is accepted so that new server values still work.</summary>
    /// <param name="value">The wire value.</param>
    public BadgeStatus(string value) => _value = ExtensibleEnum.Require(value, nameof(BadgeStatus));

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

    /// <inheritdoc/>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc/>
    public static BadgeStatus FromValue(string value) => new(value);

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator BadgeStatus(string value) => new(value);

    /// <summary>Compares case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(BadgeStatus left, BadgeStatus right) => left.Equals(right);

    /// <summary>Compares case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(BadgeStatus left, BadgeStatus right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(BadgeStatus other) => ExtensibleEnum.Equals(_value, other._value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is BadgeStatus other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ExtensibleEnum.GetHashCode(_value);

    /// <inheritdoc/>
    public override string ToString() => Value;
}
