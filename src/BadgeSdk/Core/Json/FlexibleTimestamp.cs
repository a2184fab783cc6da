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

    public static DateTimeOffset Read(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return FromEpoch(reader.GetDecimal());
            case JsonTokenType.String:
                var text = reader.GetString()!;
                return TryParse(text, out var value)
                    ? value
                    : throw new JsonException($"'{text}' is not a timestamp (expected epoch seconds, epoch milliseconds or ISO-8601).");
            default:
                throw new JsonException($"Expected a timestamp but found {reader.TokenType}.");
        }
    }

    public static bool TryParse(string text, out DateTimeOffset value)
    {
        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            value = FromEpoch(number);
            return true;
        }

        return DateTimeOffset.TryParse(
            text,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out value);
    }

    public static DateTimeOffset FromEpoch(decimal number)
    {
        var seconds = Math.Abs(number) >= MillisecondsThreshold ? number / 1000m : number;
        var ticks = decimal.ToInt64(decimal.Round(seconds * TimeSpan.TicksPerSecond));
        return DateTimeOffset.UnixEpoch.AddTicks(ticks);
    }

    public static string ToIsoUtc(DateTimeOffset value)
        => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
