using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty;

/// <summary>How an issued or earned badge expires.</summary>
/// <remarks>An extensible enum: values the SDK does not know yet read, compare and round-trip unchanged.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<ExpiryType>))]
public readonly struct ExpiryType : IExtensibleEnum<ExpiryType>
{
    private readonly string? _value;

    /// <summary>Initializes a value; any string is accepted so that new server values still work.</summary>
    /// <param name="value">The wire value.</param>
    public ExpiryType(string value) => _value = ExtensibleEnum.Require(value, nameof(ExpiryType));

    /// <summary>Gets <c>RELATIVE</c>: A period after the badge was issued (see <see cref="BadgeExpiry.Relative"/>).</summary>
    public static ExpiryType Relative { get; } = new("RELATIVE");

    /// <summary>Gets <c>ABSOLUTE</c>: A fixed point: the badge's own end, or a fixed date.</summary>
    public static ExpiryType Absolute { get; } = new("ABSOLUTE");

    /// <summary>Gets <c>NEVER</c>: Never (Capillary stores now + 100 years).</summary>
    public static ExpiryType Never { get; } = new("NEVER");

    /// <inheritdoc/>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc/>
    public static ExpiryType FromValue(string value) => new(value);

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ExpiryType(string value) => new(value);

    /// <summary>Compares case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(ExpiryType left, ExpiryType right) => left.Equals(right);

    /// <summary>Compares case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(ExpiryType left, ExpiryType right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(ExpiryType other) => ExtensibleEnum.Equals(_value, other._value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ExpiryType other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ExtensibleEnum.GetHashCode(_value);

    /// <inheritdoc/>
    public override string ToString() => Value;
}
