using BadgeSdk.Loyalty;
using BadgeSdk.Loyalty.Auth;
using Microsoft.Extensions.Logging.Abstractions;

namespace BadgeSdk.Tests.Loyalty;

/// <summary>Capillary settings: regions, exactly one way to authenticate, and the limits of bulk issuing.</summary>
public sealed class LoyaltyOptionsTests
{
    [Fact]
    public void Defaults_are_india_with_the_documented_header_and_chunking()
    {
        var options = new LoyaltyClientOptions();

        Assert.Equal(new Uri("https://apac.api.capillarytech.com/"), options.BaseAddress);
        Assert.Equal("X-CAP-API-OAUTH-TOKEN", options.OAuthTokenHeaderName);
        Assert.Equal(100, options.IssueBulkChunkSize);
        Assert.Equal(4, options.IssueBulkMaxConcurrency);
        Assert.False(options.PasswordIsMd5);
    }

    [Fact]
    public void A_region_sets_the_base_address()
    {
        var options = new LoyaltyClientOptions();

        Assert.Same(options, options.UseRegion(CapillaryRegion.Europe));
        Assert.Equal(new Uri("https://eu.api.capillarytech.com/"), options.BaseAddress);
        Assert.Equal("EU (https://eu.api.capillarytech.com/)", CapillaryRegion.Europe.ToString());
        Assert.Throws<ArgumentNullException>(() => options.UseRegion(null!));
    }

    public static TheoryData<string, Action<LoyaltyClientOptions>> Invalid => new()
    {
        { "Loyalty: configure exactly one of Basic (TillId and Password) or OAuth (OAuthClientKey and OAuthClientSecret) authentication.", _ => { } },
        { "Loyalty: configure exactly one of Basic (TillId and Password) or OAuth (OAuthClientKey and OAuthClientSecret) authentication.", o => { o.TillId = "t"; o.Password = "p"; o.OAuthClientKey = "k"; o.OAuthClientSecret = "s"; } },
        { "Loyalty: OAuth needs both OAuthClientKey and OAuthClientSecret.", o => o.OAuthClientKey = "k" },
        { "Loyalty: OAuth needs both OAuthClientKey and OAuthClientSecret.", o => o.OAuthClientSecret = "s" },
        { "Loyalty: Basic authentication needs both TillId and Password.", o => o.TillId = "t" },
        { "Loyalty: Basic authentication needs both TillId and Password.", o => o.Password = "p" },
        { "Loyalty:OAuthTokenHeaderName is required: the header that carries the OAuth token.", o => { o.TillId = "t"; o.Password = "p"; o.OAuthTokenHeaderName = " "; } },
        { "Loyalty:OAuthTokenEndpoint must be an absolute URI.", o => { o.TillId = "t"; o.Password = "p"; o.OAuthTokenEndpoint = new Uri("token", UriKind.Relative); } },
        { "Loyalty:IssueBulkChunkSize must be at least 1.", o => { o.TillId = "t"; o.Password = "p"; o.IssueBulkChunkSize = 0; } },
        { "Loyalty:IssueBulkMaxConcurrency must be at least 1.", o => { o.TillId = "t"; o.Password = "p"; o.IssueBulkMaxConcurrency = 0; } },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Each_problem_is_named(string problem, Action<LoyaltyClientOptions> configure)
    {
        var options = new LoyaltyClientOptions();
        configure(options);

        Assert.Equal([problem], options.GetProblems());
    }

    [Fact]
    public void Limits_of_one_and_a_password_of_spaces_are_accepted()
    {
        var options = new LoyaltyClientOptions { TillId = "t", Password = " ", IssueBulkChunkSize = 1, IssueBulkMaxConcurrency = 1 };

        Assert.Empty(options.GetProblems());
    }

    [Fact]
    public void Basic_settings_make_a_basic_authenticator()
    {
        var options = new LoyaltyClientOptions { TillId = "t", Password = "p" };

        Assert.IsType<CapillaryBasicAuthenticator>(options.CreateAuthenticator(NullLogger.Instance));
    }

    [Theory]
    [InlineData("https://eu.api.capillarytech.com/", null, "https://eu.api.capillarytech.com/v3/oauth/token/generate")]
    [InlineData("https://proxy.test/capillary", null, "https://proxy.test/capillary/v3/oauth/token/generate")]
    [InlineData("https://eu.api.capillarytech.com/", "https://auth.test/token", "https://auth.test/token")]
    public async Task OAuth_settings_fetch_the_token_from_the_configured_or_default_endpoint(string baseAddress, string? endpoint, string expected)
    {
        var options = new LoyaltyClientOptions { BaseAddress = new Uri(baseAddress), OAuthClientKey = "k", OAuthClientSecret = "s", OAuthTokenHeaderName = "X-Token" };
        if (endpoint is not null)
        {
            options.OAuthTokenEndpoint = new Uri(endpoint);
        }

        var oauth = Assert.IsType<CapillaryOAuthAuthenticator>(options.CreateAuthenticator(NullLogger.Instance));
        Uri? asked = null;
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.test/");
        await oauth.ApplyAsync(request, (r, _) =>
        {
            asked = r.RequestUri;
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent("""{"data":{"accessToken":"a","ttlSeconds":60}}""") });
        }, default);

        Assert.Equal(new Uri(expected), asked);
        Assert.Equal("a", request.Headers.GetValues("X-Token").Single());
    }
}
