using BadgeSdk.Issuance;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Issuance;

/// <summary>Bad input is refused before any request: each test checks WireMock's journal stayed empty.</summary>
[Collection(WireMockGroup.Name)]
[Trait("Category", "Contract")]
public sealed class IssuanceValidationTests(WireMockServer wireMock)
{
    public static TheoryData<string, Func<IssueBadgeRequest>> InvalidRequests => new()
    {
        { "BadgeId", () => new IssueBadgeRequest("", "John Doe") },
        { "BadgeId", () => new IssueBadgeRequest(null!, "John Doe") },
        { "Name", () => new IssueBadgeRequest("abc123", "  ") },
        { "Email", () => new IssueBadgeRequest("abc123", "John Doe") { Email = "not-an-email" } },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task Invalid_request_names_the_field_and_sends_nothing(string field, Func<IssueBadgeRequest> request)
    {
        var prefix = $"/t/{Guid.NewGuid():N}/api/v1/";
        using var client = Clients.Issuance(new Uri(wireMock.BaseUri, prefix));

        var error = await Assert.ThrowsAsync<BadgeValidationException>(() => client.IssueBadgeAsync(request()));

        Assert.Equal(field, error.Field);
        Assert.StartsWith(field, error.Message, StringComparison.Ordinal);
        Assert.Empty(await wireMock.RequestsAsync(prefix));
    }

    [Fact]
    public async Task Embedded_image_cannot_travel_by_get()
    {
        var prefix = $"/t/{Guid.NewGuid():N}/api/v1/";
        using var client = Clients.Issuance(new Uri(wireMock.BaseUri, prefix));
        var request = new IssueBadgeRequest("abc123", "John Doe") { Metadata = { ["certificate_photo"] = BadgeImage.FromBytes(TestImages.Png) } };

        var error = await Assert.ThrowsAsync<BadgeValidationException>(() => client.IssueBadgeViaGetAsync(request));

        Assert.Equal("Metadata[certificate_photo]", error.Field);
        Assert.Contains("GET", error.Message, StringComparison.Ordinal);
        Assert.Empty(await wireMock.RequestsAsync(prefix));
    }

    [Fact]
    public void Image_over_5_MB_by_one_byte_is_rejected_when_created()
    {
        var error = Assert.Throws<BadgeValidationException>(() => BadgeImage.FromBytes(TestImages.PngOfSize(BadgeImage.MaxBytes + 1)));

        Assert.Contains("5,242,881 bytes", error.Message, StringComparison.Ordinal);
        Assert.Contains("5 MB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Image_of_exactly_5_MB_is_accepted()
    {
        Assert.Equal(BadgeImage.MaxBytes, BadgeImage.FromBytes(TestImages.PngOfSize(BadgeImage.MaxBytes)).Content.Length);
    }

    [Theory]
    [InlineData("ftp://example.com/photo.jpg")]
    [InlineData("photo.jpg")]
    [InlineData("/var/photo.jpg")]
    public void Image_url_must_be_absolute_http(string url)
    {
        var error = Assert.Throws<BadgeValidationException>(() => BadgeImage.FromUrl(url));

        Assert.Contains("absolute http or https", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Template_logo_over_2_MB_is_rejected_before_sending()
    {
        var prefix = $"/t/{Guid.NewGuid():N}/api/v1/";
        using var client = Clients.Issuance(new Uri(wireMock.BaseUri, prefix));
        var request = new CreateBadgeTemplateRequest("n", "d", "o") { Logo = BadgeImage.FromBytes(TestImages.PngOfSize(CreateBadgeTemplateRequest.MaxLogoBytes + 1)) };

        var error = await Assert.ThrowsAsync<BadgeValidationException>(() => client.CreateBadgeTemplateAsync(request));

        Assert.Equal("Logo", error.Field);
        Assert.Empty(await wireMock.RequestsAsync(prefix));
    }

    [Fact]
    public void Missing_token_is_named_at_construction()
    {
        var error = Assert.Throws<ArgumentException>(() => new IssuanceClient(new IssuanceClientOptions()));

        Assert.Contains("ApiToken", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_custom_field_name_is_rejected()
    {
        var request = new IssueBadgeRequest("abc123", "John Doe");

        Assert.Throws<BadgeValidationException>(() => request.Metadata[" "] = "x");
    }
}
