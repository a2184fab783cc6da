using System.Text.Json;
using System.Text.Json.Serialization;

namespace BadgeSdk.Core.Json;

/// <summary>
/// The one converter every extensible enum uses. It reads strings and, because some vendor
/// examples send numbers where the text says strings, number tokens too (kept as their raw text).
/// </summary>
/// <typeparam name="T">The extensible enum type.</typeparam>
internal sealed class ExtensibleEnumConverter<T> : JsonConverter<T>
    where T : struct, IExtensibleEnum<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        return reader.TokenType switch
        {
            JsonTokenType.String => T.FromValue(reader.GetString()!),
            JsonTokenType.Number => T.FromValue(JsonNumberText.Read(ref reader)),
            JsonTokenType.True => T.FromValue("true"),
            JsonTokenType.False => T.FromValue("false"),
            _ => throw new JsonException($"Expected a string for {typeof(T).Name} but found {reader.TokenType}."),
        };
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.Value);
}
