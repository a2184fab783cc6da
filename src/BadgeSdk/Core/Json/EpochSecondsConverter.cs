using System.Text.Json;
using System.Text.Json.Serialization;

namespace BadgeSdk.Core.Json;

/// <summary>Reads any documented timestamp form; writes whole epoch seconds.</summary>
/// <remarks>
/// Capillary's text says milliseconds but every example sends 10-digit seconds, so seconds are
/// written where a number is required (see the research note on timestamp formats).
/// </remarks>
internal sealed class EpochSecondsConverter : JsonConverter<DateTimeOffset?>
{
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => FlexibleTimestamp.Read(ref reader);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is not { } instant)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteNumberValue(instant.ToUnixTimeSeconds());
    }
}
