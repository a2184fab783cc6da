using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Issuance;

/// <summary>The type of a custom field defined on a badge template.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<CustomFieldType>))]
public readonly struct CustomFieldType : IExtensibleEnum<CustomFieldType>
{
    private readonly string? _value;

    /// <summary>Initializes a value; any string is accepted so that new server values still work.</summary>
    /// <param name="value">The wire value.</param>
    public CustomFieldType(string value) => _value = ExtensibleEnum.Require(value, nameof(CustomFieldType));

    /// <summary>Gets free text.</summary>
    public static CustomFieldType Text { get; } = new("text");

    /// <summary>Gets an email address.</summary>
    public static CustomFieldType Email { get; } = new("email");

    /// <summary>Gets a number.</summary>
    public static CustomFieldType Number { get; } = new("number");

    /// <summary>Gets a date (<c>YYYY-MM-DD</c>).</summary>
    public static CustomFieldType Date { get; } = new("date");

    /// <inheritdoc/>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc/>
    public static CustomFieldType FromValue(string value) => new(value);

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator CustomFieldType(string value) => new(value);

    /// <summary>Compares case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(CustomFieldType left, CustomFieldType right) => left.Equals(right);

    /// <summary>Compares case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(CustomFieldType left, CustomFieldType right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(CustomFieldType other) => ExtensibleEnum.Equals(_value, other._value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CustomFieldType other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ExtensibleEnum.GetHashCode(_value);

    /// <inheritdoc/>
    public override string ToString() => Value;
}
