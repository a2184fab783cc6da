using System.Buffers;
using System.Text;
using System.Text.Json;

namespace BadgeSdk.Core.Http;

/// <summary>
/// Writes a JSON body with a <see cref="Utf8JsonWriter"/>, except that large base64 values are
/// left as markers and become <see cref="JsonPayloadSegment.Base64(ReadOnlyMemory{byte})"/> runs
/// of a <see cref="JsonPayload"/>.
/// </summary>
internal sealed class JsonPayloadBuilder : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly List<(byte[] Marker, string Prefix, ReadOnlyMemory<byte> Source)> _deferred = [];

    // Made on the first deferred value: most bodies have none, and a GUID costs more than the rest of a small body.
    private string? _markerStem;

    public JsonPayloadBuilder()
    {
        Writer = new Utf8JsonWriter(_buffer);
    }

    public Utf8JsonWriter Writer { get; }

    /// <summary>Writes a string value <c>prefix + base64(source)</c> without encoding it now.</summary>
    /// <param name="prefix">ASCII text before the base64 digits, such as <c>data:image/png;base64,</c>.</param>
    /// <param name="source">The bytes to encode when the body is sent.</param>
    public void WriteBase64StringValue(string prefix, ReadOnlyMemory<byte> source)
    {
        _markerStem ??= $"bsk-deferred-{Guid.NewGuid():N}-";
        var marker = _markerStem + _deferred.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Writer.WriteStringValue(marker);
        Writer.Flush();

        // A per-payload GUID in the marker means no caller text can collide with it.
        _deferred.Add((Encoding.ASCII.GetBytes(marker), prefix, source));
    }

    public JsonPayload Build()
    {
        Writer.Flush();
        var body = _buffer.WrittenMemory;
        var segments = new List<JsonPayloadSegment>(_deferred.Count * 3 + 1);
        var start = 0;
        foreach (var (marker, prefix, source) in _deferred)
        {
            var at = body.Span[start..].IndexOf(marker) + start;
            segments.Add(JsonPayloadSegment.Literal(body[start..at]));
            segments.Add(JsonPayloadSegment.Literal(Encoding.ASCII.GetBytes(prefix)));
            segments.Add(JsonPayloadSegment.Base64(source));
            start = at + marker.Length;
        }

        segments.Add(JsonPayloadSegment.Literal(body[start..]));
        return new JsonPayload(segments);
    }

    public void Dispose() => Writer.Dispose();
}
