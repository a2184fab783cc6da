using System.Text.Json;
using System.Text.Json.Serialization;

namespace BadgeSdk.Core.Json;

/// <summary>Reads an id that one vendor page sends as a string and another as a number; writes a string.</summary>
internal sealed class StringOrNumberConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => JsonNumberText.Read(ref reader),
        JsonTokenType.Null => null,
        _ => throw new JsonException($"Expected a string or number id but found {reader.TokenType}."),
    };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
        => writer.WriteStringValue(value);
}
