using System.Globalization;

namespace BadgeSdk.Testing;

/// <summary>
/// The emulator's own reading of Capillary timestamps (ISO-8601, epoch seconds or epoch
/// milliseconds), written apart from the SDK's so that an SDK parsing bug is not mirrored here.
/// </summary>
internal static class EmulatorTimestamp
{
    public static bool TryParse(string text, out DateTimeOffset value)
    {
        if (long.TryParse(text.Split('.')[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var epoch))
        {
            // Thirteen digits are milliseconds; ten are seconds.
            value = text.TrimStart('-').Split('.')[0].Length >= 12 ? DateTimeOffset.FromUnixTimeMilliseconds(epoch) : DateTimeOffset.FromUnixTimeSeconds(epoch);
            return true;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
    }

    public static string ToIso(DateTimeOffset value)
        => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
