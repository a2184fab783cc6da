using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty;

/// <summary>The kind of a customer or badge constraint (<c>constraintType</c>).</summary>
/// <remarks>An extensible enum: values the SDK does not know yet read, compare and round-trip unchanged.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<ConstraintType>))]
public readonly struct ConstraintType : IExtensibleEnum<ConstraintType>
{
    private readonly string? _value;

    /// <summary>Initializes a value; any string is accepted so that new server values still work.</summary>
    /// <param name="value">The wire value.</param>
    public ConstraintType(string value) => _value = ExtensibleEnum.Require(value, nameof(ConstraintType));

    /// <summary>Gets <c>CUSTOMER_BADGE_FIXED_WINDOW</c>: A customer may earn the badge a limited number of times per fixed window.</summary>
    public static ConstraintType CustomerFixedWindow { get; } = new("CUSTOMER_BADGE_FIXED_WINDOW");

    /// <summary>Gets <c>CUSTOMER_BADGE_FIXED_VALUE</c>: A customer may earn the badge a limited number of times in all.</summary>
    public static ConstraintType CustomerFixedValue { get; } = new("CUSTOMER_BADGE_FIXED_VALUE");

    /// <summary>Gets <c>CUSTOMER_BADGE_ROLLING_WINDOW</c>: A customer may earn the badge a limited number of times over the past days, weeks or months.</summary>
    public static ConstraintType CustomerRollingWindow { get; } = new("CUSTOMER_BADGE_ROLLING_WINDOW");

    /// <summary>Gets <c>CUSTOMER_BADGE_NO_LIMIT</c>: No limit per customer.</summary>
    public static ConstraintType CustomerNoLimit { get; } = new("CUSTOMER_BADGE_NO_LIMIT");

    /// <summary>Gets <c>BADGE_FIXED_WINDOW</c>: The badge may be earned a limited number of times per fixed window, across customers.</summary>
    public static ConstraintType BadgeFixedWindow { get; } = new("BADGE_FIXED_WINDOW");

    /// <summary>Gets <c>BADGE_FIXED_VALUE</c>: The badge may be earned a limited number of times in all.</summary>
    public static ConstraintType BadgeFixedValue { get; } = new("BADGE_FIXED_VALUE");

    /// <summary>Gets <c>BADGE_ROLLING_WINDOW</c>: The badge may be earned a limited number of times over a rolling period.</summary>
    public static ConstraintType BadgeRollingWindow { get; } = new("BADGE_ROLLING_WINDOW");

    /// <summary>Gets <c>BADGE_NO_LIMIT</c>: No overall limit.</summary>
    public static ConstraintType BadgeNoLimit { get; } = new("BADGE_NO_LIMIT");

    /// <inheritdoc/>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc/>
    public static ConstraintType FromValue(string value) => new(value);

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ConstraintType(string value) => new(value);

    /// <summary>Compares case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(ConstraintType left, ConstraintType right) => left.Equals(right);

    /// <summary>Compares case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(ConstraintType left, ConstraintType right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(ConstraintType other) => ExtensibleEnum.Equals(_value, other._value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ConstraintType other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ExtensibleEnum.GetHashCode(_value);

    /// <inheritdoc/>
    public override string ToString() => Value;
}
