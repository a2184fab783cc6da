using System.Buffers.Text;

namespace BadgeSdk.Issuance;

/// <summary>
/// An image for a badge field: embedded bytes (sent as a base64 data URI whose MIME type is
/// sniffed from the bytes) or a public <c>http(s)</c> URL the server fetches itself.
/// </summary>
/// <remarks>
/// Embedded images must be PNG, JPEG, GIF, WebP or SVG and at most <see cref="MaxBytes"/> (5 MB,
/// IssueBadge's limit). Anything else is rejected when the image is created, before any network
/// call, with a message that says why. The image keeps one copy of the bytes; the data URI is
/// encoded straight onto the wire when the request is sent.
/// </remarks>
public sealed class BadgeImage
{
    /// <summary>The largest embedded image accepted: 5 MB (5 × 1024 × 1024 bytes).</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    private BadgeImage(ReadOnlyMemory<byte> content, string mediaType)
    {
        Content = content;
        MediaType = mediaType;
    }

    private BadgeImage(Uri url)
    {
        Url = url;
    }

    /// <summary>Gets the public URL, for an image given by URL; otherwise <see langword="null"/>.</summary>
    public Uri? Url { get; }

    /// <summary>Gets the MIME type sniffed from the bytes, for an embedded image; otherwise <see langword="null"/>.</summary>
    public string? MediaType { get; }

    /// <summary>Gets the embedded bytes (empty for a URL image).</summary>
    public ReadOnlyMemory<byte> Content { get; }

    /// <summary>Gets a value indicating whether the image travels embedded, as a data URI.</summary>
    public bool IsEmbedded => Url is null;

    /// <summary>Wraps image bytes. The array is used as is, not copied: do not change it afterwards.</summary>
    /// <param name="content">The image bytes.</param>
    /// <returns>The image.</returns>
    /// <exception cref="BadgeValidationException">The bytes are empty, over <see cref="MaxBytes"/>, or not a supported image.</exception>
    public static BadgeImage FromBytes(ReadOnlyMemory<byte> content) => FromBytes(content, MaxBytes, nameof(content));

    /// <summary>Reads an image file, checking its size before reading it.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The image.</returns>
    /// <exception cref="BadgeValidationException">The file is empty, over <see cref="MaxBytes"/>, or not a supported image.</exception>
    public static async Task<BadgeImage> FromFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        BadgeValidationException.ThrowIfBlank(path, nameof(path));
        var length = new FileInfo(path).Length;
        if (length > MaxBytes)
        {
            throw TooLarge(length, MaxBytes, nameof(path));
        }

        return FromBytes(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false), MaxBytes, nameof(path));
    }

    /// <summary>Reads an image from a stream, stopping as soon as it is over the limit.</summary>
    /// <param name="stream">The stream, read from its current position to its end.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The image.</returns>
    /// <exception cref="BadgeValidationException">The content is empty, over <see cref="MaxBytes"/>, or not a supported image.</exception>
    public static async Task<BadgeImage> FromStreamAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.CanSeek && stream.Length - stream.Position > MaxBytes)
        {
            throw TooLarge(stream.Length - stream.Position, MaxBytes, nameof(stream));
        }

        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                throw TooLarge(buffer.Length, MaxBytes, nameof(stream), atLeast: true);
            }
        }

        return FromBytes(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), MaxBytes, nameof(stream));
    }

    /// <summary>Wraps an image that is already base64: plain base64 or a <c>data:image/...;base64,</c> URI.</summary>
    /// <param name="base64">The base64 text or data URI.</param>
    /// <returns>The image (the MIME type is sniffed from the decoded bytes, whatever the data URI claimed).</returns>
    /// <exception cref="BadgeValidationException">The text is not valid base64, or the decoded bytes are rejected as by <see cref="FromBytes(ReadOnlyMemory{byte})"/>.</exception>
    public static BadgeImage FromBase64(string base64)
    {
        ArgumentNullException.ThrowIfNull(base64);
        BadgeValidationException.ThrowIfBlank(base64, nameof(base64));
        var text = base64.AsSpan().Trim();
        if (text.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            var comma = text.IndexOf(',');
            if (comma < 0 || !text[..comma].EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
            {
                throw BadgeValidationException.ForField(nameof(base64), "a data URI image must be base64-encoded (data:image/...;base64,...).");
            }

            text = text[(comma + 1)..];
        }

        if ((long)text.Length / 4 * 3 > MaxBytes + 2L)
        {
            throw TooLarge((long)text.Length / 4 * 3, MaxBytes, nameof(base64), atLeast: true);
        }

        var bytes = new byte[Base64.GetMaxDecodedFromUtf8Length(text.Length)];
        if (!Convert.TryFromBase64Chars(text, bytes, out var written))
        {
            throw BadgeValidationException.ForField(nameof(base64), "the image is not valid base64.");
        }

        return FromBytes(bytes.AsMemory(0, written), MaxBytes, nameof(base64));
    }

    /// <summary>Refers to an image the server downloads itself; it must be publicly reachable.</summary>
    /// <param name="url">An absolute <c>http</c> or <c>https</c> URL.</param>
    /// <returns>The image.</returns>
    /// <exception cref="BadgeValidationException">The URL is not absolute <c>http(s)</c>.</exception>
    public static BadgeImage FromUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw BadgeValidationException.ForField(nameof(url), $"an image URL must be an absolute http or https URL; '{url}' is not.");
        }

        return new BadgeImage(url);
    }

    /// <summary>Refers to an image the server downloads itself; it must be publicly reachable.</summary>
    /// <param name="url">An absolute <c>http</c> or <c>https</c> URL.</param>
    /// <returns>The image.</returns>
    /// <exception cref="BadgeValidationException">The URL is not absolute <c>http(s)</c>.</exception>
    public static BadgeImage FromUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        BadgeValidationException.ThrowIfBlank(url, nameof(url));
        return Uri.TryCreate(url, UriKind.Absolute, out var parsed)
            ? FromUrl(parsed)
            : throw BadgeValidationException.ForField(nameof(url), $"an image URL must be an absolute http or https URL; '{url}' is not.");
    }

    /// <inheritdoc/>
    public override string ToString() => Url is { } url ? url.ToString() : $"{MediaType}, {Content.Length} bytes";

    /// <summary>Checks size and format against a limit (IssueBadge templates take smaller logos).</summary>
    internal static BadgeImage FromBytes(ReadOnlyMemory<byte> content, int maxBytes, string paramName)
    {
        if (content.IsEmpty)
        {
            throw BadgeValidationException.ForField(paramName, "the image is empty.");
        }

        if (content.Length > maxBytes)
        {
            throw TooLarge(content.Length, maxBytes, paramName);
        }

        var header = content.Span[..Math.Min(content.Length, ImageFormat.HeaderLength)];
        var mediaType = ImageFormat.Sniff(header)
            ?? throw BadgeValidationException.ForField(paramName, "the content is not a supported image: expected PNG, JPEG, GIF, WebP or SVG.");
        return new BadgeImage(content, mediaType);
    }

    private static BadgeValidationException TooLarge(long length, int maxBytes, string paramName, bool atLeast = false)
        => BadgeValidationException.ForField(paramName, $"the image is {(atLeast ? "over " : string.Empty)}{length:N0} bytes; the limit is {maxBytes:N0} bytes ({maxBytes / (1024 * 1024)} MB).");
}
