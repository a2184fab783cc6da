namespace BadgeSdk.Loyalty;

/// <summary>
/// <c>startDayOfTheWeek</c> as the pages show it: a day name (<c>"TUESDAY"</c>) or a number. The
/// numbering is not documented; 1 = Monday … 7 = Sunday (0 also Sunday) is inferred.
/// </summary>
internal static class DayOfWeekText
{
    public static string Format(DayOfWeek day) => day.ToString().ToUpperInvariant();

    /// <summary>Reads a day name or number; anything else is not a day (the caller keeps the raw text).</summary>
    /// <param name="text">The wire value.</param>
    /// <param name="day">The day, when known.</param>
    /// <returns>Whether the value is a known day.</returns>
    public static bool TryParse(string? text, out DayOfWeek day)
    {
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number is >= 0 and <= 7)
        {
            day = (DayOfWeek)(number % 7);
            return true;
        }

        return Enum.TryParse(text, ignoreCase: true, out day) && Enum.IsDefined(day) && !int.TryParse(text, out _);
    }
}
