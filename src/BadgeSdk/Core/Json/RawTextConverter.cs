using System.Text.Json;
using System.Text.Json.Serialization;

namespace BadgeSdk.Core.Json;

/// <summary>
/// Reads any JSON value as text, so a field whose form is not settled (a day that is a name on one
/// page and a number on another) never fails the response: a string is its text, anything else its
/// raw JSON.
/// </summary>
internal sealed class RawTextConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString();
        }

        using var value = JsonDocument.ParseValue(ref reader);
        return value.RootElement.GetRawText();
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
        => writer.WriteStringValue(value);
}
