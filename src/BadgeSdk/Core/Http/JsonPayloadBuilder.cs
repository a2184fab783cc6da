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
    // A buffer that grew past this is dropped rather than kept for the thread's next body.
    private const int MaxCachedCapacity = 16 * 1024;

    // One writer and buffer per thread, reset between bodies: a fresh pair per call cost more
    // than the small body they write.
    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? t_cached;

    private readonly ArrayBufferWriter<byte> _buffer;
    private List<(byte[] Marker, string Prefix, ReadOnlyMemory<byte> Source)>? _deferred;

    // Made on the first deferred value: most bodies have none, and a GUID costs more than the rest of a small body.
    private string? _markerStem;
    private bool _disposed;

    public JsonPayloadBuilder()
    {
        if (t_cached is var (buffer, writer))
        {
            t_cached = null;
            _buffer = buffer;
            Writer = writer;
        }
        else
        {
            _buffer = new ArrayBufferWriter<byte>();
            Writer = new Utf8JsonWriter(_buffer);
        }
    }

    public Utf8JsonWriter Writer { get; }

    /// <summary>Writes a string value <c>prefix + base64(source)</c> without encoding it now.</summary>
    /// <param name="prefix">ASCII text before the base64 digits, such as <c>data:image/png;base64,</c>.</param>
    /// <param name="source">The bytes to encode when the body is sent.</param>
    public void WriteBase64StringValue(string prefix, ReadOnlyMemory<byte> source)
    {
        _markerStem ??= $"bsk-deferred-{Guid.NewGuid():N}-";
        _deferred ??= [];
        var marker = _markerStem + _deferred.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Writer.WriteStringValue(marker);
        Writer.Flush();

        // A per-payload GUID in the marker means no caller text can collide with it.
        _deferred.Add((Encoding.ASCII.GetBytes(marker), prefix, source));
    }

    /// <summary>Builds the body; it owns its bytes, so the builder can be disposed and reused at once.</summary>
    /// <returns>The body.</returns>
    public JsonPayload Build()
    {
        Writer.Flush();
        ReadOnlyMemory<byte> body = _buffer.WrittenSpan.ToArray();
        if (_deferred is null)
        {
            return new JsonPayload([JsonPayloadSegment.Literal(body)]);
        }

        var segments = new JsonPayloadSegment[(_deferred.Count * 3) + 1];
        var start = 0;
        var next = 0;
        foreach (var (marker, prefix, source) in _deferred)
        {
            var at = body.Span[start..].IndexOf(marker) + start;
            segments[next++] = JsonPayloadSegment.Literal(body[start..at]);
            segments[next++] = JsonPayloadSegment.Literal(Encoding.ASCII.GetBytes(prefix));
            segments[next++] = JsonPayloadSegment.Base64(source);
            start = at + marker.Length;
        }

        segments[next] = JsonPayloadSegment.Literal(body[start..]);
        return new JsonPayload(segments);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            // A second return would hand the same writer to two builders.
            return;
        }

        _disposed = true;
        if (_buffer.Capacity > MaxCachedCapacity)
        {
            Writer.Dispose();
            return;
        }

        _buffer.ResetWrittenCount();
        Writer.Reset(_buffer);
        t_cached = (_buffer, Writer);
    }
}
