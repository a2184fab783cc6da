using System.Text;
using BadgeSdk.Issuance;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Core;

public class BadgeImageTests
{
    public static TheoryData<byte[], string> Images => new()
    {
        { TestImages.Png, "image/png" },
        { TestImages.Jpeg, "image/jpeg" },
        { TestImages.Gif, "image/gif" },
        { TestImages.WebP, "image/webp" },
        { TestImages.Svg, "image/svg+xml" },
        { Encoding.UTF8.GetBytes("\uFEFF  <svg xmlns=\"http://www.w3.org/2000/svg\"/>"), "image/svg+xml" },
    };

    [Theory]
    [MemberData(nameof(Images))]
    public void Sniffs_the_type_from_the_bytes(byte[] bytes, string mediaType)
    {
        Assert.Equal(mediaType, BadgeImage.FromBytes(bytes).MediaType);
    }

    [Theory]
    [InlineData("%PDF-1.7 not an image")]
    [InlineData("<html><body>hi</body></html>")]
    [InlineData("plain text")]
    public void Rejects_what_is_not_an_image(string content)
    {
        var error = Assert.Throws<BadgeValidationException>(() => BadgeImage.FromBytes(Encoding.UTF8.GetBytes(content)));

        Assert.Contains("not a supported image", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_empty_content()
    {
        Assert.Throws<BadgeValidationException>(() => BadgeImage.FromBytes(ReadOnlyMemory<byte>.Empty));
    }

    [Fact]
    public void Reads_a_data_uri_and_trusts_the_bytes_over_the_declared_type()
    {
        var image = BadgeImage.FromBase64("data:image/jpeg;base64," + Convert.ToBase64String(TestImages.Png));

        Assert.Equal("image/png", image.MediaType);
        Assert.Equal(TestImages.Png, image.Content.ToArray());
    }

    [Fact]
    public void Reads_plain_base64()
    {
        Assert.Equal(TestImages.Gif, BadgeImage.FromBase64(Convert.ToBase64String(TestImages.Gif)).Content.ToArray());
    }

    [Theory]
    [InlineData("data:image/png,rawbytes")]
    [InlineData("!!!notbase64!!!")]
    public void Rejects_bad_base64(string text)
    {
        Assert.Throws<BadgeValidationException>(() => BadgeImage.FromBase64(text));
    }

    [Fact]
    public void Rejects_base64_over_the_limit_before_decoding()
    {
        var text = Convert.ToBase64String(TestImages.PngOfSize(BadgeImage.MaxBytes + 3));

        var error = Assert.Throws<BadgeValidationException>(() => BadgeImage.FromBase64(text));

        Assert.Contains("limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_a_file_and_checks_its_size_first()
    {
        var small = Path.GetTempFileName();
        var large = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(small, TestImages.Png);
            await File.WriteAllBytesAsync(large, TestImages.PngOfSize(BadgeImage.MaxBytes + 1));

            Assert.Equal("image/png", (await BadgeImage.FromFileAsync(small)).MediaType);
            await Assert.ThrowsAsync<BadgeValidationException>(() => BadgeImage.FromFileAsync(large));
        }
        finally
        {
            File.Delete(small);
            File.Delete(large);
        }
    }

    [Fact]
    public async Task Reads_a_stream_and_stops_once_it_is_over_the_limit()
    {
        using var ok = new MemoryStream(TestImages.Jpeg);
        using var tooBig = new NonSeekableStream(TestImages.PngOfSize(BadgeImage.MaxBytes + 100));

        Assert.Equal("image/jpeg", (await BadgeImage.FromStreamAsync(ok)).MediaType);
        var error = await Assert.ThrowsAsync<BadgeValidationException>(() => BadgeImage.FromStreamAsync(tooBig));
        Assert.Contains("over", error.Message, StringComparison.Ordinal);
    }

    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
