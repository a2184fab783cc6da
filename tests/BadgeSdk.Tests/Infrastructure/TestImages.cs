namespace BadgeSdk.Tests.Infrastructure;

/// <summary>Small real images, and padded ones of an exact size.</summary>
internal static class TestImages
{
    /// <summary>A valid 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00];

    public static readonly byte[] Gif = "GIF89a\u0001\u0000\u0001\u0000"u8.ToArray();

    public static readonly byte[] WebP = "RIFF\u0024\u0000\u0000\u0000WEBPVP8 "u8.ToArray();

    public static readonly byte[] Svg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>"u8.ToArray();

    /// <summary>A PNG signature followed by zeros up to <paramref name="length"/> bytes.</summary>
    public static byte[] PngOfSize(int length)
    {
        var bytes = new byte[length];
        Png.AsSpan(0, 8).CopyTo(bytes);
        return bytes;
    }
}
