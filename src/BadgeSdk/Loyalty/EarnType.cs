using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty;

/// <summary>How customers get a badge.</summary>
/// <remarks>An extensible enum: values the SDK does not know yet read, compare and round-trip unchanged.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<EarnType>))]
public readonly struct EarnType : IExtensibleEnum<EarnType>
{
    private readonly string? _value;

    /// <summary>Initializes a value; any string is accepted so that new server values still work.</summary>
    /// <param name="value">The wire value.</param>
    public EarnType(string value) => _value = ExtensibleEnum.Require(value, nameof(EarnType));

    /// <summary>Gets <c>EARN</c>: Customers are enrolled first and earn the badge when they meet its condition.</summary>
    public static EarnType Earn { get; } = new("EARN");

    /// <summary>Gets <c>ISSUE_EARN</c>: The badge is issued directly to customers who meet its condition, without enrolment.</summary>
    public static EarnType IssueEarn { get; } = new("ISSUE_EARN");

    /// <inheritdoc/>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc/>
    public static EarnType FromValue(string value) => new(value);

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator EarnType(string value) => new(value);

    /// <summary>Compares case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(EarnType left, EarnType right) => left.Equals(right);

    /// <summary>Compares case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(EarnType left, EarnType right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(EarnType other) => ExtensibleEnum.Equals(_value, other._value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EarnType other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ExtensibleEnum.GetHashCode(_value);

    /// <inheritdoc/>
    public override string ToString() => Value;
}
