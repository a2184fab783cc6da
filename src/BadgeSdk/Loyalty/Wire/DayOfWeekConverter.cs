using System.Text.Json;
using System.Text.Json.Serialization;

namespace BadgeSdk.Loyalty.Wire;

/// <summary>
/// <c>startDayOfTheWeek</c>: Capillary's examples send both <c>"TUESDAY"</c> and <c>1</c>. Numbers
/// are read as ISO-8601 weekdays (1 = Monday … 7 = Sunday, 0 also Sunday), which is inferred;
/// the SDK always writes the name.
/// </summary>
internal sealed class DayOfWeekConverter : JsonConverter<DayOfWeek>
{
    public override DayOfWeek Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number) && number is >= 0 and <= 7)
        {
            return (DayOfWeek)(number % 7);
        }

        if (reader.TokenType == JsonTokenType.String && Enum.TryParse<DayOfWeek>(reader.GetString(), ignoreCase: true, out var day) && Enum.IsDefined(day))
        {
            return day;
        }

        throw new JsonException("startDayOfTheWeek must be a day name (MONDAY … SUNDAY) or a number from 1 (Monday) to 7 (Sunday).");
    }

    public override void Write(Utf8JsonWriter writer, DayOfWeek value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToString().ToUpperInvariant());
}
