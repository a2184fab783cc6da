using System.Net;
using System.Text;
using BadgeSdk.Loyalty.Auth;
using BadgeSdk.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace BadgeSdk.Tests.Loyalty;

/// <summary>Capillary's OAuth token: when it is fetched again, and what a failed fetch means, over an in-memory token endpoint.</summary>
public sealed class OAuthTokenTests
{
    private const string Header = "X-CAP-API-OAUTH-TOKEN";
    private static readonly Uri Endpoint = new("https://capillary.test/v3/oauth/token/generate");

    [Fact]
    public async Task The_token_is_applied_in_its_header_and_fetched_once_while_fresh()
    {
        var endpoint = new TokenEndpoint(("t-1", 3600));
        var clock = new ManualTimeProvider();
        var oauth = New(clock);

        var first = await ApplyAsync(oauth, endpoint);
        clock.Advance(TimeSpan.FromSeconds(3569));
        var second = await ApplyAsync(oauth, endpoint);

        Assert.Equal(("t-1", "t-1"), (first.Token, first.Header));
        Assert.Equal("t-1", second.Header);
        Assert.Equal(1, endpoint.Calls);
        Assert.Equal("""{"key":"k","secret":"s"}""", endpoint.Bodies.Single());
        Assert.Equal("application/json", endpoint.ContentTypes.Single());
    }

    [Fact]
    public async Task A_long_lived_token_is_refreshed_30_seconds_before_it_expires()
    {
        var endpoint = new TokenEndpoint(("t-1", 3600), ("t-2", 3600));
        var clock = new ManualTimeProvider();
        var oauth = New(clock);

        await ApplyAsync(oauth, endpoint);
        clock.Advance(TimeSpan.FromSeconds(3570));

        Assert.Equal("t-2", (await ApplyAsync(oauth, endpoint)).Header);
        Assert.Equal(2, endpoint.Calls);
    }

    [Fact]
    public async Task A_short_lived_token_is_refreshed_a_tenth_of_its_life_early()
    {
        var endpoint = new TokenEndpoint(("t-1", 100), ("t-2", 100));
        var clock = new ManualTimeProvider();
        var oauth = New(clock);

        await ApplyAsync(oauth, endpoint);
        clock.Advance(TimeSpan.FromSeconds(89));
        Assert.Equal("t-1", (await ApplyAsync(oauth, endpoint)).Header);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("t-2", (await ApplyAsync(oauth, endpoint)).Header);
    }

    [Fact]
    public async Task A_zero_ttl_counts_as_one_second()
    {
        var endpoint = new TokenEndpoint(("t-1", 0), ("t-2", 0));
        var clock = new ManualTimeProvider();
        var oauth = New(clock);

        await ApplyAsync(oauth, endpoint);
        clock.Advance(TimeSpan.FromMilliseconds(800));
        Assert.Equal("t-1", (await ApplyAsync(oauth, endpoint)).Header);
        clock.Advance(TimeSpan.FromMilliseconds(100));
        Assert.Equal("t-2", (await ApplyAsync(oauth, endpoint)).Header);
    }

    [Fact]
    public async Task A_rejected_token_is_replaced_but_a_newer_one_is_kept()
    {
        var endpoint = new TokenEndpoint(("t-1", 3600), ("t-2", 3600));
        var oauth = New(new ManualTimeProvider());
        await ApplyAsync(oauth, endpoint);

        Assert.True(await oauth.RefreshAfterUnauthorizedAsync(new HttpRequestMessage(), "t-1", endpoint.SendAsync, default));
        Assert.True(await oauth.RefreshAfterUnauthorizedAsync(new HttpRequestMessage(), "t-1", endpoint.SendAsync, default));

        Assert.Equal("t-2", (await ApplyAsync(oauth, endpoint)).Header);
        Assert.Equal(2, endpoint.Calls);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(503)]
    public async Task A_token_endpoint_outage_is_a_network_failure_to_retry(int status)
    {
        var endpoint = new TokenEndpoint((HttpStatusCode)status, """{"errors":[{"code":999,"message":"busy"}]}""");

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => ApplyAsync(New(new ManualTimeProvider()), endpoint));

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal($"Capillary did not issue an OAuth token (HTTP {status}). Capillary said: 999 busy", error.Message);
    }

    [Theory]
    [InlineData(401, """{"errors":[{"code":1201,"message":"invalid key"}]}""", "Capillary did not issue an OAuth token (HTTP 401). Capillary said: 1201 invalid key")]
    [InlineData(400, "not json", "Capillary did not issue an OAuth token (HTTP 400).")]
    [InlineData(200, """{"data":{"accessToken":"","ttlSeconds":60}}""", "Capillary did not issue an OAuth token (HTTP 200).")]
    [InlineData(499, "{}", "Capillary did not issue an OAuth token (HTTP 499).")]
    public async Task Refused_credentials_are_an_authentication_failure(int status, string body, string message)
    {
        var endpoint = new TokenEndpoint((HttpStatusCode)status, body);

        var error = await Assert.ThrowsAsync<BadgeAuthenticationException>(() => ApplyAsync(New(new ManualTimeProvider()), endpoint));

        Assert.Equal(message, error.Message);
        Assert.Equal(status, error.StatusCode);
        Assert.DoesNotContain("\"s\"", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_settings_are_refused()
    {
        Assert.ThrowsAny<ArgumentException>(() => new CapillaryOAuthAuthenticator(" ", "s", Header, Endpoint, TimeProvider.System, NullLogger.Instance));
        Assert.ThrowsAny<ArgumentException>(() => new CapillaryOAuthAuthenticator("k", " ", Header, Endpoint, TimeProvider.System, NullLogger.Instance));
        Assert.ThrowsAny<ArgumentException>(() => new CapillaryOAuthAuthenticator("k", "s", " ", Endpoint, TimeProvider.System, NullLogger.Instance));
        Assert.Throws<ArgumentNullException>(() => new CapillaryOAuthAuthenticator("k", "s", Header, null!, TimeProvider.System, NullLogger.Instance));
    }

    private static CapillaryOAuthAuthenticator New(TimeProvider clock) => new("k", "s", Header, Endpoint, clock, NullLogger.Instance);

    private static async Task<(string? Token, string? Header)> ApplyAsync(CapillaryOAuthAuthenticator oauth, TokenEndpoint endpoint)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://capillary.test/badges");
        request.Headers.TryAddWithoutValidation(Header, "stale");
        var token = await oauth.ApplyAsync(request, endpoint.SendAsync, default);
        return (token, string.Join(",", request.Headers.GetValues(Header)));
    }

    /// <summary>Answers token requests in turn.</summary>
    private sealed class TokenEndpoint
    {
        private readonly Queue<(HttpStatusCode Status, string Body)> _answers = new();

        public TokenEndpoint(params (string Token, long Ttl)[] tokens)
        {
            foreach (var (token, ttl) in tokens)
            {
                _answers.Enqueue((HttpStatusCode.OK, $$$"""{"data":{"accessToken":"{{{token}}}","ttlSeconds":{{{ttl}}}}}"""));
            }
        }

        public TokenEndpoint(HttpStatusCode status, string body) => _answers.Enqueue((status, body));

        public int Calls { get; private set; }

        public List<string> Bodies { get; } = [];

        public List<string?> ContentTypes { get; } = [];

        public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Calls++;
            Assert.Equal(HttpMethod.Post, request.Method);
            Assert.Equal(Endpoint, request.RequestUri);
            Bodies.Add(await request.Content!.ReadAsStringAsync(cancellationToken));
            ContentTypes.Add(request.Content.Headers.ContentType?.MediaType);
            var (status, body) = _answers.Dequeue();
            return new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        }
    }
}
