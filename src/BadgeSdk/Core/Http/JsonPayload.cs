using System.Buffers;
using System.Buffers.Text;
using System.Net;
using System.Net.Http.Headers;

namespace BadgeSdk.Core.Http;

/// <summary>
/// A JSON body in which large base64 values (embedded images) are not materialised: they are
/// encoded from the caller's bytes straight onto the network stream, in small blocks, on every
/// attempt. The rest of the JSON is written once. So a 5 MB image costs the caller's one copy,
/// not three (base64 string, JSON buffer, request body).
/// </summary>
internal sealed class JsonPayload : HttpContent
{
    // Multiple of 3, so every block but the last encodes without padding.
    private const int BlockBytes = 3 * 16 * 1024;

    private readonly JsonPayloadSegment[] _segments;

    public JsonPayload(JsonPayloadSegment[] segments)
    {
        _segments = segments;
        Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        foreach (var segment in _segments)
        {
            length += segment.Length;
        }

        return true;
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        => SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        foreach (var segment in _segments)
        {
            if (segment.Base64Source is { } source)
            {
                await WriteBase64Async(stream, source, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await stream.WriteAsync(segment.Utf8, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task WriteBase64Async(Stream stream, ReadOnlyMemory<byte> source, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Base64.GetMaxEncodedToUtf8Length(BlockBytes));
        try
        {
            for (var offset = 0; offset < source.Length; offset += BlockBytes)
            {
                var block = source.Slice(offset, Math.Min(BlockBytes, source.Length - offset));
                Base64.EncodeToUtf8(block.Span, buffer, out _, out var written, isFinalBlock: true);
                await stream.WriteAsync(buffer.AsMemory(0, written), cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
