using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty;

/// <summary>The direction a Capillary list is sorted in (<c>order</c>).</summary>
/// <remarks>An extensible enum: values the SDK does not know yet read, compare and round-trip unchanged.</remarks>
[ExtensibleEnum]
[JsonConverter(typeof(ExtensibleEnumConverter<ListOrder>))]
public readonly partial struct ListOrder
{
    /// <summary>Gets <c>ASC</c>: Ascending.</summary>
    public static ListOrder Ascending { get; } = new("ASC");

    /// <summary>Gets <c>DESC</c>: Descending.</summary>
    public static ListOrder Descending { get; } = new("DESC");
}
