using System.Text;
using System.Text.Json;

namespace BadgeSdk.Core.Json;

/// <summary>Reads the raw text of a JSON number token without losing digits to a float.</summary>
internal static class JsonNumberText
{
    public static string Read(ref Utf8JsonReader reader)
    {
        return reader.HasValueSequence
            ? Encoding.UTF8.GetString(reader.ValueSequence)
            : Encoding.UTF8.GetString(reader.ValueSpan);
    }
}
