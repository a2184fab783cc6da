namespace BadgeSdk.Issuance;

/// <summary>Recognises an image by its first bytes, so the MIME type sent is the one the bytes really have.</summary>
internal static class ImageFormat
{
    /// <summary>How many leading bytes <see cref="Sniff"/> needs at most.</summary>
    public const int HeaderLength = 512;

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Returns the MIME type of PNG, JPEG, GIF, WebP or SVG content, or <see langword="null"/>.</summary>
    /// <param name="header">The first bytes (up to <see cref="HeaderLength"/>).</param>
    /// <returns>The MIME type, or <see langword="null"/> when the bytes are not one of those images.</returns>
    public static string? Sniff(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith(PngSignature))
        {
            return "image/png";
        }

        if (header.StartsWith(JpegSignature))
        {
            return "image/jpeg";
        }

        if (header.StartsWith("GIF87a"u8) || header.StartsWith("GIF89a"u8))
        {
            return "image/gif";
        }

        if (header.Length >= 12 && header.StartsWith("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8))
        {
            return "image/webp";
        }

        return LooksLikeSvg(header) ? "image/svg+xml" : null;
    }

    private static bool LooksLikeSvg(ReadOnlySpan<byte> header)
    {
        var text = header.StartsWith(Utf8Bom) ? header[3..] : header;
        text = text.TrimStart(" \t\r\n"u8);
        if (!text.StartsWith("<"u8))
        {
            return false;
        }

        // An XML declaration, comments or a doctype may come first; the root must be <svg.
        return text.IndexOf("<svg"u8) >= 0;
    }
}
