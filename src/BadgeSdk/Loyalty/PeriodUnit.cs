using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty;

/// <summary>A unit of time for relative expiries (<c>relativeExpirytype</c>) and rolling windows (<c>rollType</c>).</summary>
/// <remarks>An extensible enum: values the SDK does not know yet read, compare and round-trip unchanged.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<PeriodUnit>))]
public readonly struct PeriodUnit : IExtensibleEnum<PeriodUnit>
{
    private readonly string? _value;

    /// <summary>Initializes a value; any string is accepted so that new server values still work.</summary>
    /// <param name="value">The wire value.</param>
    public PeriodUnit(string value) => _value = ExtensibleEnum.Require(value, nameof(PeriodUnit));

    /// <summary>Gets <c>DAYS</c>: Days.</summary>
    public static PeriodUnit Days { get; } = new("DAYS");

    /// <summary>Gets <c>WEEKS</c>: Weeks.</summary>
    public static PeriodUnit Weeks { get; } = new("WEEKS");

    /// <summary>Gets <c>MONTHS</c>: Months.</summary>
    public static PeriodUnit Months { get; } = new("MONTHS");

    /// <inheritdoc/>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc/>
    public static PeriodUnit FromValue(string value) => new(value);

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator PeriodUnit(string value) => new(value);

    /// <summary>Compares case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(PeriodUnit left, PeriodUnit right) => left.Equals(right);

    /// <summary>Compares case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(PeriodUnit left, PeriodUnit right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(PeriodUnit other) => ExtensibleEnum.Equals(_value, other._value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PeriodUnit other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ExtensibleEnum.GetHashCode(_value);

    /// <inheritdoc/>
    public override string ToString() => Value;
}
