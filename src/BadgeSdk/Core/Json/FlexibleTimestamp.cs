using System.Globalization;
using System.Text.Json;

namespace BadgeSdk.Core.Json;

/// <summary>
/// Reads every timestamp form the vendor documentation shows: epoch seconds, seconds with a
/// 9-digit fraction (<c>1716803487.000000000</c>), 13-digit epoch milliseconds, the same numbers
/// inside strings, and ISO-8601 strings.
/// </summary>
/// <remarks>
/// The docs call the same field "epoch milliseconds" on one page and show 10-digit seconds on the
/// next, so the unit is decided by magnitude: anything at or above 10^11 (year 5138 as seconds)
/// can only be milliseconds.
/// </remarks>
internal static class FlexibleTimestamp
{
    private const decimal MillisecondsThreshold = 100_000_000_000m;

    /// <summary>Reads a timestamp in any documented form; a value in no known form reads as <see langword="null"/> rather than failing the whole response.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <returns>The instant, or <see langword="null"/> for <c>null</c> or an unknown form.</returns>
    public static DateTimeOffset? Read(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number when reader.TryGetDecimal(out var number):
                return TryFromEpoch(number, out var fromNumber) ? fromNumber : null;
            case JsonTokenType.String:
                return TryParse(reader.GetString()!, out var fromText) ? fromText : null;
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                reader.Skip();
                return null;
            default:
                return null;
        }
    }

    public static bool TryParse(string text, out DateTimeOffset value)
    {
        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return TryFromEpoch(number, out value);
        }

        return DateTimeOffset.TryParse(
            text,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out value);
    }

    public static bool TryFromEpoch(decimal number, out DateTimeOffset value)
    {
        var seconds = Math.Abs(number) >= MillisecondsThreshold ? number / 1000m : number;

        // Beyond year 9999 (or before year 1) is no date a server meant.
        if (seconds is < -62_135_596_800m or > 253_402_300_799m)
        {
            value = default;
            return false;
        }

        value = DateTimeOffset.UnixEpoch.AddTicks(decimal.ToInt64(decimal.Round(seconds * TimeSpan.TicksPerSecond)));
        return true;
    }

    public static string ToIsoUtc(DateTimeOffset value)
        => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
