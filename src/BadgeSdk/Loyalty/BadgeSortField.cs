using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty;

/// <summary>What the badge list is sorted on (<c>sortOn</c>).</summary>
/// <remarks>An extensible enum: values the SDK does not know yet read, compare and round-trip unchanged.</remarks>
[ExtensibleEnum]
[JsonConverter(typeof(ExtensibleEnumConverter<BadgeSortField>))]
public readonly partial struct BadgeSortField
{
    /// <summary>Gets <c>ID</c>: Sort by id.</summary>
    public static BadgeSortField Id { get; } = new("ID");

    /// <summary>Gets <c>NAME</c>: Sort by name.</summary>
    public static BadgeSortField Name { get; } = new("NAME");

    /// <summary>Gets <c>START_DATE</c>: Sort by start date.</summary>
    public static BadgeSortField StartDate { get; } = new("START_DATE");
}
