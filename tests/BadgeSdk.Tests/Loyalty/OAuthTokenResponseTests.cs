using System.Net;
using System.Text.Json.Nodes;
using BadgeSdk.Core.Auth;
using BadgeSdk.Loyalty;
using BadgeSdk.Loyalty.Auth;
using BadgeSdk.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace BadgeSdk.Tests.Loyalty;

/// <summary>
/// What Capillary's token endpoint answers is not trusted blindly: a token that cannot travel in a
/// header is refused, and any <c>ttlSeconds</c> gives a usable cache lifetime. In memory, no WireMock.
/// </summary>
public sealed class OAuthTokenResponseTests
{
    private const string Header = "X-CAP-API-OAUTH-TOKEN";

    [Theory]
    [InlineData("xq7\r\nX-Injected: 1")]
    [InlineData("xq7\nX-Injected: 1")]
    [InlineData("xq7\0")]
    [InlineData("xq7 zz")]
    [InlineData("xq7ékén")]
    public async Task Token_that_cannot_travel_in_a_header_is_an_authentication_failure_without_the_token(string token)
    {
        var (sender, calls) = TokenEndpoint(token, ttlSeconds: 300);
        var oauth = NewOAuth(TimeProvider.System);
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://capillary.test/badges");

        var error = await Assert.ThrowsAsync<BadgeAuthenticationException>(() => oauth.ApplyAsync(request, sender, default).AsTask());

        Assert.DoesNotContain("xq7", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("header", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.False(request.Headers.Contains(Header));
        Assert.Single(calls);
    }

    [Fact]
    public async Task Client_call_with_a_header_breaking_token_sends_nothing_to_the_api()
    {
        using var handler = new StubHandler((request, _) => request.RequestUri!.AbsolutePath.EndsWith("/token/generate", StringComparison.Ordinal)
            ? StubHandler.Json(HttpStatusCode.OK, TokenBody("abc\r\nX-Injected: yes", 300))
            : StubHandler.Json(HttpStatusCode.OK, """{"data":{},"errors":[]}"""));
        var options = new LoyaltyClientOptions { BaseAddress = new Uri("https://capillary.test/"), OAuthClientKey = "k", OAuthClientSecret = "s" };
        Clients.Shorten(options);
        using var client = new LoyaltyClient(options, handler);

        var error = await Assert.ThrowsAsync<BadgeAuthenticationException>(() => client.IssueBulkAsync(new IssueBulkRequest("b", [1])));

        Assert.DoesNotContain("X-Injected", error.ToString(), StringComparison.Ordinal);
        Assert.All(handler.Requests, r => Assert.EndsWith("/token/generate", r.RequestUri!.AbsolutePath, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1_000_000_000_000L)]
    [InlineData(long.MaxValue)]
    [InlineData(922_337_203_685L)]
    public async Task Huge_ttl_is_capped_at_a_day(long ttlSeconds)
    {
        var clock = new ManualTimeProvider();
        var (sender, calls) = TokenEndpoint("access-1", ttlSeconds);
        var oauth = NewOAuth(clock);

        Assert.Equal("access-1", await ApplyAsync(oauth, sender));
        clock.Advance(TimeSpan.FromHours(23));
        await ApplyAsync(oauth, sender);
        Assert.Single(calls);

        clock.Advance(TimeSpan.FromHours(1));
        await ApplyAsync(oauth, sender);
        Assert.Equal(2, calls.Count);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-5L)]
    [InlineData(long.MinValue)]
    public async Task Zero_or_negative_ttl_lasts_one_second(long ttlSeconds)
    {
        var clock = new ManualTimeProvider();
        var (sender, calls) = TokenEndpoint("access-1", ttlSeconds);
        var oauth = NewOAuth(clock);

        await ApplyAsync(oauth, sender);
        clock.Advance(TimeSpan.FromSeconds(1));
        await ApplyAsync(oauth, sender);

        Assert.Equal(2, calls.Count);
    }

    private static CapillaryOAuthAuthenticator NewOAuth(TimeProvider time)
        => new("client-key", "client-secret", Header, new Uri("https://capillary.test/v3/oauth/token/generate"), time, NullLogger.Instance);

    private static async Task<string?> ApplyAsync(CapillaryOAuthAuthenticator oauth, HttpSender sender)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://capillary.test/badges");
        await oauth.ApplyAsync(request, sender, default);
        return request.Headers.TryGetValues(Header, out var values) ? values.Single() : null;
    }

    /// <summary>A token endpoint that always answers with <paramref name="token"/>, counting its calls.</summary>
    private static (HttpSender Sender, List<Uri> Calls) TokenEndpoint(string token, long ttlSeconds)
    {
        var calls = new List<Uri>();
        HttpSender sender = (request, _) =>
        {
            calls.Add(request.RequestUri!);
            return Task.FromResult(StubHandler.Json(HttpStatusCode.OK, TokenBody(token, ttlSeconds)));
        };
        return (sender, calls);
    }

    private static string TokenBody(string token, long ttlSeconds) => new JsonObject
    {
        ["data"] = new JsonObject { ["accessToken"] = token, ["ttlSeconds"] = ttlSeconds },
        ["errors"] = null,
    }.ToJsonString();
}
