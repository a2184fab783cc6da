using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Issuance;

/// <summary>The type of a custom field defined on a badge template.</summary>
[ExtensibleEnum]
[JsonConverter(typeof(ExtensibleEnumConverter<CustomFieldType>))]
public readonly partial struct CustomFieldType
{
    /// <summary>Gets free text.</summary>
    public static CustomFieldType Text { get; } = new("text");

    /// <summary>Gets an email address.</summary>
    public static CustomFieldType Email { get; } = new("email");

    /// <summary>Gets a number.</summary>
    public static CustomFieldType Number { get; } = new("number");

    /// <summary>Gets a date (<c>YYYY-MM-DD</c>).</summary>
    public static CustomFieldType Date { get; } = new("date");
}
