using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty;

/// <summary>The type of a badge custom field's values (<c>dataType</c>).</summary>
/// <remarks>An extensible enum: values the SDK does not know yet read, compare and round-trip unchanged.</remarks>
[ExtensibleEnum]
[JsonConverter(typeof(ExtensibleEnumConverter<CustomFieldDataType>))]
public readonly partial struct CustomFieldDataType
{
    /// <summary>Gets <c>STRING</c>: Text.</summary>
    public static CustomFieldDataType Text { get; } = new("STRING");

    /// <summary>Gets <c>INTEGER</c>: A whole number.</summary>
    public static CustomFieldDataType WholeNumber { get; } = new("INTEGER");

    /// <summary>Gets <c>BOOLEAN</c>: True or false.</summary>
    public static CustomFieldDataType Boolean { get; } = new("BOOLEAN");

    /// <summary>Gets <c>DATE</c>: A date.</summary>
    public static CustomFieldDataType Date { get; } = new("DATE");
}
