using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty;

/// <summary>For an absolute expiry, what the date comes from (the <c>type</c> field).</summary>
/// <remarks>An extensible enum: values the SDK does not know yet read, compare and round-trip unchanged.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<ExpiryMethod>))]
public readonly struct ExpiryMethod : IExtensibleEnum<ExpiryMethod>
{
    private readonly string? _value;

    /// <summary>Initializes a value; any string is accepted so that new server values still work.</summary>
    /// <param name="value">The wire value.</param>
    public ExpiryMethod(string value) => _value = ExtensibleEnum.Require(value, nameof(ExpiryMethod));

    /// <summary>Gets <c>WITH_BADGE_META</c>: The badge definition's own <c>expiresOn</c>.</summary>
    public static ExpiryMethod WithBadgeMeta { get; } = new("WITH_BADGE_META");

    /// <summary>Gets <c>FIXED_DATE</c>: A fixed date given with the expiry.</summary>
    public static ExpiryMethod FixedDate { get; } = new("FIXED_DATE");

    /// <inheritdoc/>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc/>
    public static ExpiryMethod FromValue(string value) => new(value);

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ExpiryMethod(string value) => new(value);

    /// <summary>Compares case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(ExpiryMethod left, ExpiryMethod right) => left.Equals(right);

    /// <summary>Compares case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(ExpiryMethod left, ExpiryMethod right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(ExpiryMethod other) => ExtensibleEnum.Equals(_value, other._value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ExpiryMethod other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ExtensibleEnum.GetHashCode(_value);

    /// <inheritdoc/>
    public override string ToString() => Value;
}
