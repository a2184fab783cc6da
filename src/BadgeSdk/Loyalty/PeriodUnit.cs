using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty;

/// <summary>A unit of time for relative expiries (<c>relativeExpirytype</c>) and rolling windows (<c>rollType</c>).</summary>
/// <remarks>An extensible enum: values the SDK does not know yet read, compare and round-trip unchanged.</remarks>
[ExtensibleEnum]
[JsonConverter(typeof(ExtensibleEnumConverter<PeriodUnit>))]
public readonly partial struct PeriodUnit
{
    /// <summary>Gets <c>DAYS</c>: Days.</summary>
    public static PeriodUnit Days { get; } = new("DAYS");

    /// <summary>Gets <c>WEEKS</c>: Weeks.</summary>
    public static PeriodUnit Weeks { get; } = new("WEEKS");

    /// <summary>Gets <c>MONTHS</c>: Months.</summary>
    public static PeriodUnit Months { get; } = new("MONTHS");
}
