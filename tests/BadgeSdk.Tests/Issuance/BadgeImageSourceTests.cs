using System.Text;
using BadgeSdk.Issuance;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Issuance;

/// <summary>Every way to make a <see cref="BadgeImage"/>, at the edges of its checks.</summary>
public sealed class BadgeImageSourceTests
{
    [Theory]
    [InlineData("GIF87a\u0001\u0000", "image/gif")]
    [InlineData("GIF89a", "image/gif")]
    [InlineData("RIFF\u0000\u0000\u0000\u0000WEBP", "image/webp")]
    [InlineData("\uFEFF<svg/>", "image/svg+xml")]
    [InlineData(" \t\r\n<!-- c --><svg/>", "image/svg+xml")]
    public void Sniffs_each_signature(string header, string mediaType)
    {
        Assert.Equal(mediaType, ImageFormat.Sniff(Encoding.UTF8.GetBytes(header)));
    }

    [Theory]
    [InlineData("RIFF\u0000\u0000\u0000\u0000WEB")]
    [InlineData("RIFF\u0000\u0000\u0000\u0000WAVE")]
    [InlineData("GIF88a")]
    [InlineData("<html><body/></html>")]
    [InlineData("svg <svg/>")]
    [InlineData("")]
    public void Refuses_near_misses(string header)
    {
        Assert.Null(ImageFormat.Sniff(Encoding.UTF8.GetBytes(header)));
    }

    [Fact]
    public void Only_the_first_bytes_are_sniffed()
    {
        var late = new byte[ImageFormat.HeaderLength + 10];
        "<!--"u8.CopyTo(late);
        "<svg"u8.CopyTo(late.AsSpan(ImageFormat.HeaderLength));

        Assert.Throws<BadgeValidationException>(() => BadgeImage.FromBytes(late));
    }

    [Fact]
    public void An_embedded_image_has_content_and_no_url_and_a_linked_one_the_opposite()
    {
        var embedded = BadgeImage.FromBytes(TestImages.Jpeg);
        var linked = BadgeImage.FromUrl(new Uri("http://example.com/a.jpg"));

        Assert.True(embedded.IsEmbedded);
        Assert.Null(embedded.Url);
        Assert.Equal("image/jpeg", embedded.MediaType);
        Assert.False(linked.IsEmbedded);
        Assert.Null(linked.MediaType);
        Assert.True(linked.Content.IsEmpty);
        Assert.Equal("http://example.com/a.jpg", linked.ToString());
    }

    [Theory]
    [InlineData("", "url: is required and cannot be blank.")]
    [InlineData("   ", "url: is required and cannot be blank.")]
    [InlineData("not a url", "url: an image URL must be an absolute http or https URL; 'not a url' is not.")]
    public void A_url_that_is_blank_or_unparsable_is_refused_by_field(string url, string message)
    {
        Assert.Equal(message, Assert.Throws<BadgeValidationException>(() => BadgeImage.FromUrl(url)).Message);
    }

    [Fact]
    public void A_relative_uri_is_refused()
    {
        var error = Assert.Throws<BadgeValidationException>(() => BadgeImage.FromUrl(new Uri("a/b.png", UriKind.Relative)));

        Assert.Equal("url: an image URL must be an absolute http or https URL; 'a/b.png' is not.", error.Message);
    }

    [Fact]
    public void Null_sources_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => BadgeImage.FromUrl((Uri)null!));
        Assert.Throws<ArgumentNullException>(() => BadgeImage.FromUrl((string)null!));
        Assert.Throws<ArgumentNullException>(() => BadgeImage.FromBase64(null!));
    }

    [Fact]
    public async Task Null_or_blank_file_and_stream_sources_are_refused()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => BadgeImage.FromFileAsync(null!));
        Assert.Equal("path", (await Assert.ThrowsAsync<BadgeValidationException>(() => BadgeImage.FromFileAsync(" "))).Field);
        await Assert.ThrowsAsync<ArgumentNullException>(() => BadgeImage.FromStreamAsync(null!));
        Assert.Equal("base64: is required and cannot be blank.", Assert.Throws<BadgeValidationException>(() => BadgeImage.FromBase64(" ")).Message);
    }

    [Fact]
    public async Task A_file_of_exactly_the_limit_is_read_and_one_byte_more_is_refused_by_its_size()
    {
        var exact = Path.GetTempFileName();
        var over = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(exact, TestImages.PngOfSize(BadgeImage.MaxBytes));
            await File.WriteAllBytesAsync(over, TestImages.PngOfSize(BadgeImage.MaxBytes + 1));

            Assert.Equal(BadgeImage.MaxBytes, (await BadgeImage.FromFileAsync(exact)).Content.Length);
            var error = await Assert.ThrowsAsync<BadgeValidationException>(() => BadgeImage.FromFileAsync(over));
            Assert.Equal("path: the image is 5,242,881 bytes; the limit is 5,242,880 bytes (5 MB).", error.Message);
        }
        finally
        {
            File.Delete(exact);
            File.Delete(over);
        }
    }

    [Fact]
    public async Task A_seekable_stream_is_checked_from_its_position_before_reading()
    {
        var bytes = new byte[BadgeImage.MaxBytes + 8];
        TestImages.Png.AsSpan(0, 8).CopyTo(bytes.AsSpan(8));
        using var fits = new MemoryStream(bytes) { Position = 8 };
        using var over = new MemoryStream(bytes) { Position = 7 };

        Assert.Equal(BadgeImage.MaxBytes, (await BadgeImage.FromStreamAsync(fits)).Content.Length);
        var error = await Assert.ThrowsAsync<BadgeValidationException>(() => BadgeImage.FromStreamAsync(over));
        Assert.Equal("stream: the image is 5,242,881 bytes; the limit is 5,242,880 bytes (5 MB).", error.Message);
    }

    [Fact]
    public async Task An_unseekable_stream_of_exactly_the_limit_is_read_whole()
    {
        using var stream = new YieldingStream(TestImages.PngOfSize(BadgeImage.MaxBytes));

        var image = await BadgeImage.FromStreamAsync(stream);

        Assert.Equal(BadgeImage.MaxBytes, image.Content.Length);
        Assert.Equal(TestImages.Png.AsSpan(0, 8).ToArray(), image.Content[..8].ToArray());
    }

    [Fact]
    public async Task Reading_a_slow_stream_or_a_file_does_not_resume_on_the_callers_context()
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(path, TestImages.PngOfSize(1024 * 1024));
            using var stream = new YieldingStream(TestImages.Png);
            var context = new CountingSynchronizationContext();

            var fromStream = await context.Start(() => BadgeImage.FromStreamAsync(stream));
            var fromFile = await context.Start(() => BadgeImage.FromFileAsync(path));

            Assert.Equal(TestImages.Png, fromStream.Content.ToArray());
            Assert.Equal(1024 * 1024, fromFile.Content.Length);
            Assert.Equal(0, context.Posts);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Base64_of_exactly_the_limit_is_decoded()
    {
        var image = BadgeImage.FromBase64(" " + Convert.ToBase64String(TestImages.PngOfSize(BadgeImage.MaxBytes)) + " ");

        Assert.Equal(BadgeImage.MaxBytes, image.Content.Length);
    }

    [Theory]
    [InlineData("DATA:image/png;BASE64,")]
    [InlineData("data:;base64,")]
    public void A_data_uri_prefix_is_recognised_in_any_case(string prefix)
    {
        Assert.Equal(TestImages.Png, BadgeImage.FromBase64(prefix + Convert.ToBase64String(TestImages.Png)).Content.ToArray());
    }

    [Theory]
    [InlineData("data:image/png;base64")]
    [InlineData("data:image/png;charset=utf-8,abc")]
    public void A_data_uri_that_is_not_base64_is_refused(string text)
    {
        var error = Assert.Throws<BadgeValidationException>(() => BadgeImage.FromBase64(text));

        Assert.Equal("base64", error.Field);
        Assert.Contains("must be base64-encoded", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_base64_is_named_as_such()
    {
        Assert.Equal("base64: the image is not valid base64.", Assert.Throws<BadgeValidationException>(() => BadgeImage.FromBase64("@@@@")).Message);
    }

    [Fact]
    public void Base64_far_over_the_limit_is_refused_as_at_least_that_size()
    {
        var error = Assert.Throws<BadgeValidationException>(() => BadgeImage.FromBase64(new string('A', 8_000_000)));

        Assert.Equal("base64: the image is over 6,000,000 bytes; the limit is 5,242,880 bytes (5 MB).", error.Message);
    }

    [Fact]
    public void Bytes_are_refused_when_empty_or_over_the_limit_by_their_parameter_name()
    {
        Assert.Equal("content: the image is empty.", Assert.Throws<BadgeValidationException>(() => BadgeImage.FromBytes(ReadOnlyMemory<byte>.Empty)).Message);
        Assert.Equal("content", Assert.Throws<BadgeValidationException>(() => BadgeImage.FromBytes(TestImages.PngOfSize(BadgeImage.MaxBytes + 1))).Field);
    }
}
