using System.Text.Json;
using System.Text.Json.Serialization;

namespace BadgeSdk.Core.Json;

/// <summary>Reads any documented timestamp form; writes ISO-8601 in UTC with a <c>Z</c> suffix.</summary>
internal sealed class IsoTimestampConverter : JsonConverter<DateTimeOffset?>
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

        writer.WriteStringValue(FlexibleTimestamp.ToIsoUtc(instant));
    }
}
