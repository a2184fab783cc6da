namespace BadgeSdk.Core.Http;

/// <summary>A run of a <see cref="JsonPayload"/>: literal UTF-8 bytes, or bytes to send base64-encoded.</summary>
internal readonly struct JsonPayloadSegment
{
    private JsonPayloadSegment(ReadOnlyMemory<byte> utf8, ReadOnlyMemory<byte>? base64Source)
    {
        Utf8 = utf8;
        Base64Source = base64Source;
    }

    public ReadOnlyMemory<byte> Utf8 { get; }

    public ReadOnlyMemory<byte>? Base64Source { get; }

    public long Length => Base64Source is { } source ? ((source.Length + 2L) / 3) * 4 : Utf8.Length;

    public static JsonPayloadSegment Literal(ReadOnlyMemory<byte> utf8) => new(utf8, null);

    public static JsonPayloadSegment Base64(ReadOnlyMemory<byte> source) => new(default, source);
}
