using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty;

/// <summary>
/// The length of a fixed constraint window. Capillary's create page has two vocabularies: its table
/// says "Supported values: DAILY, WEEKLY, MONTHLY", while every example uses <c>"durationType": "DAYS"</c>
/// (request examples 1, 2 and 3, customer and badge constraints alike) and the response examples echo
/// <c>DAYS</c>; no example uses the table's words, and none shows a weekly or monthly window.
/// </summary>
/// <remarks>
/// <para>Which to use: <see cref="Days"/>, the examples' form, is what the server is seen to accept
/// and return, and what <c>CustomerConstraint.FixedWindow(maxEarnLimit, refreshRate)</c> and
/// <c>BadgeConstraint.FixedWindow(maxEarnLimit, refreshRate)</c> send. <see cref="Daily"/>,
/// <see cref="Weekly"/> and <see cref="Monthly"/> are the table's words, sent only when chosen;
/// <see cref="Weeks"/> and <see cref="Months"/> are inferred by analogy with DAYS (no page shows them).
/// Reading, both spellings are understood (<see cref="IsDaily"/>, <see cref="IsWeekly"/>).</para>
/// <para>An extensible enum: values the SDK does not know yet read, compare and round-trip unchanged.</para>
/// </remarks>
[ExtensibleEnum]
[JsonConverter(typeof(ExtensibleEnumConverter<DurationType>))]
public readonly partial struct DurationType
{
    /// <summary>Gets <c>DAILY</c>: Daily windows; needs a refresh rate.</summary>
    public static DurationType Daily { get; } = new("DAILY");

    /// <summary>Gets <c>WEEKLY</c>: Weekly windows; needs the day the week starts.</summary>
    public static DurationType Weekly { get; } = new("WEEKLY");

    /// <summary>Gets <c>MONTHLY</c>: Monthly windows.</summary>
    public static DurationType Monthly { get; } = new("MONTHLY");

    /// <summary>Gets <c>DAYS</c>: Daily windows, as the examples spell it; needs a refresh rate.</summary>
    public static DurationType Days { get; } = new("DAYS");

    /// <summary>Gets <c>WEEKS</c>: Weekly windows, as the examples would spell it.</summary>
    public static DurationType Weeks { get; } = new("WEEKS");

    /// <summary>Gets <c>MONTHS</c>: Monthly windows, as the examples would spell it.</summary>
    public static DurationType Months { get; } = new("MONTHS");

    /// <summary>Gets a value indicating whether this is a daily window (<c>DAILY</c> or <c>DAYS</c>).</summary>
    public bool IsDaily => Equals(Daily) || Equals(Days);

    /// <summary>Gets a value indicating whether this is a weekly window (<c>WEEKLY</c> or <c>WEEKS</c>).</summary>
    public bool IsWeekly => Equals(Weekly) || Equals(Weeks);
}
