using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty;

/// <summary>What the custom field list is sorted on (<c>sortOn</c>).</summary>
/// <remarks>An extensible enum: values the SDK does not know yet read, compare and round-trip unchanged.</remarks>
[ExtensibleEnum]
[JsonConverter(typeof(ExtensibleEnumConverter<CustomFieldSortField>))]
public readonly partial struct CustomFieldSortField
{
    /// <summary>Gets <c>LAST_UPDATED_DATE</c>: Sort by the last change.</summary>
    public static CustomFieldSortField LastUpdatedDate { get; } = new("LAST_UPDATED_DATE");
}
