using System.Security.Cryptography;
using System.Text;
using BadgeSdk.Core.Auth;
using BadgeSdk.Loyalty.Auth;
using BadgeSdk.Core.Http;
using BadgeSdk.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace BadgeSdk.Tests.Core;

/// <summary>Bearer, Capillary Basic and Capillary OAuth over real HTTP against WireMock.</summary>
[Collection(WireMockGroup.Name)]
[Trait("Category", "Contract")]
public sealed class AuthenticationContractTests(WireMockServer wireMock)
{
    private const string OAuthKey = "client-key-51c2";
    private const string OAuthSecret = "client-secret-9d7e4b";
    private const string Header = "X-CAP-API-OAUTH-TOKEN";

    [Fact]
    public async Task Basic_sends_base64_of_till_id_and_md5_of_password()
    {
        // The expected header is computed here with the BCL, not by the SDK.
#pragma warning disable CA5351 // Capillary's scheme is MD5; the test computes the expected value independently.
        var md5 = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes("s3cret!"))).ToLowerInvariant();
#pragma warning restore CA5351
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("till.one:" + md5));
        using var harness = new TransportHarness(wireMock, new CapillaryBasicAuthenticator("till.one", "s3cret!", passwordIsMd5: false));
        await wireMock.StubAsync(Mapping.WithHeader("GET", harness.Path("badges"), "Authorization", expected, """{"status":200}"""));

        var response = await harness.Transport.SendAsync(new BadgeHttpRequest("Read", HttpMethod.Get, "badges"), default);

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task Basic_accepts_a_password_already_in_md5_form()
    {
        var hashed = CapillaryBasicAuthenticator.Md5Hex("s3cret!").ToUpperInvariant();
        using var plain = new HttpRequestMessage(HttpMethod.Get, "http://x/");
        using var prehashed = new HttpRequestMessage(HttpMethod.Get, "http://x/");

        await new CapillaryBasicAuthenticator("t", "s3cret!", false).ApplyAsync(plain, null!, default);
        await new CapillaryBasicAuthenticator("t", hashed, true).ApplyAsync(prehashed, null!, default);

        Assert.Equal(plain.Headers.Authorization, prehashed.Headers.Authorization);
    }

    [Fact]
    public async Task OAuth_fetches_one_token_for_many_concurrent_calls()
    {
        using var harness = new TransportHarness(wireMock, (b, log) => NewOAuth(TimeProvider.System, b, log));
        await StubTokenAsync(harness, "access-1", ttlSeconds: 300);
        await StubApiAcceptingAsync(harness, "access-1");

        var responses = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(_ => harness.Transport.SendAsync(new BadgeHttpRequest("Read", HttpMethod.Get, "badges"), default)));

        Assert.All(responses, r => Assert.Equal(200, (int)r.StatusCode));
        var journal = await wireMock.RequestsAsync(harness.Prefix);
        var tokenCalls = journal.Where(r => r.Url.EndsWith("/v3/oauth/token/generate", StringComparison.Ordinal)).ToList();
        var token = Assert.Single(tokenCalls);
        Assert.Equal(OAuthKey, token.Json.GetProperty("key").GetString());
        Assert.Equal(OAuthSecret, token.Json.GetProperty("secret").GetString());
        Assert.All(journal.Where(r => r.Url.EndsWith("/badges", StringComparison.Ordinal)), r => Assert.Equal("access-1", r.Header(Header)));
    }

    [Fact]
    public async Task OAuth_refreshes_before_the_token_expires()
    {
        var clock = new ManualTimeProvider();
        using var harness = new TransportHarness(wireMock, (b, log) => NewOAuth(clock, b, log));
        await StubTokenSequenceAsync(harness, "access-old", "access-new", ttlSeconds: 300);
        await StubApiAcceptingAsync(harness, "access-old");
        await StubApiAcceptingAsync(harness, "access-new");

        await harness.Transport.SendAsync(new BadgeHttpRequest("Read", HttpMethod.Get, "badges"), default);
        clock.Advance(TimeSpan.FromSeconds(100));
        await harness.Transport.SendAsync(new BadgeHttpRequest("Read", HttpMethod.Get, "badges"), default);
        clock.Advance(TimeSpan.FromSeconds(175)); // 275 s: inside the 30 s refresh margin
        await harness.Transport.SendAsync(new BadgeHttpRequest("Read", HttpMethod.Get, "badges"), default);

        var journal = await wireMock.RequestsAsync(harness.Prefix);
        Assert.Equal(2, journal.Count(r => r.Url.EndsWith("/token/generate", StringComparison.Ordinal)));
        var used = journal.Where(r => r.Url.EndsWith("/badges", StringComparison.Ordinal)).Select(r => r.Header(Header)).ToList();
        Assert.Equal(["access-old", "access-old", "access-new"], used);
    }

    [Fact]
    public async Task OAuth_refreshes_once_after_a_401_and_resends()
    {
        using var harness = new TransportHarness(wireMock, (b, log) => NewOAuth(TimeProvider.System, b, log));
        await StubTokenSequenceAsync(harness, "access-revoked", "access-fresh", ttlSeconds: 300);
        await wireMock.StubAsync(Mapping.WithHeader("GET", harness.Path("badges"), Header, "access-revoked", """{"status":401,"jsonBody":{"message":"token expired"}}"""));
        await StubApiAcceptingAsync(harness, "access-fresh");

        var response = await harness.Transport.SendAsync(new BadgeHttpRequest("Read", HttpMethod.Get, "badges"), default);

        Assert.Equal(200, (int)response.StatusCode);
        var journal = await wireMock.RequestsAsync(harness.Prefix);
        Assert.Equal(2, journal.Count(r => r.Url.EndsWith("/token/generate", StringComparison.Ordinal)));
        Assert.Equal(["access-revoked", "access-fresh"], journal.Where(r => r.Url.EndsWith("/badges", StringComparison.Ordinal)).Select(r => r.Header(Header)));
    }

    [Fact]
    public async Task OAuth_token_is_re_applied_on_every_retry()
    {
        using var harness = new TransportHarness(wireMock, (b, log) => NewOAuth(TimeProvider.System, b, log));
        await StubTokenAsync(harness, "access-r", ttlSeconds: 300);
        var scenario = "s-" + Guid.NewGuid().ToString("N");
        await wireMock.StubAsync(Mapping.Of("POST", harness.Path("issue"), """{"status":503}""", scenario, "Started", "ok"));
        await wireMock.StubAsync(Mapping.Of("POST", harness.Path("issue"), """{"status":200}""", scenario, "ok"));

        await harness.Transport.SendAsync(new BadgeHttpRequest("Issue", HttpMethod.Post, "issue") { JsonBody = """{"requestId":"r-1"}"""u8.ToArray() }, default);

        var calls = (await wireMock.RequestsAsync(harness.Prefix)).Where(r => r.Url.EndsWith("/issue", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, calls.Count);
        Assert.All(calls, r => Assert.Equal("access-r", r.Header(Header)));
    }

    [Fact]
    public async Task OAuth_rejected_credentials_are_an_authentication_failure_without_the_secret()
    {
        using var harness = new TransportHarness(wireMock, (b, log) => NewOAuth(TimeProvider.System, b, log));
        await wireMock.StubAsync(Mapping.Of("POST", harness.Prefix + "v3/oauth/token/generate",
            """{"status":401,"jsonBody":{"data":null,"errors":[{"code":401,"message":"Invalid key or secret"}]}}"""));

        var error = await Assert.ThrowsAsync<BadgeAuthenticationException>(() => harness.Transport.SendAsync(new BadgeHttpRequest("Read", HttpMethod.Get, "badges"), default));

        Assert.Contains("Invalid key or secret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(OAuthSecret, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(OAuthKey, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logs_never_contain_a_secret()
    {
        using var harness = new TransportHarness(wireMock, (b, log) => NewOAuth(TimeProvider.System, b, log));
        await StubTokenAsync(harness, "access-logged-never", ttlSeconds: 300);
        var scenario = "s-" + Guid.NewGuid().ToString("N");
        await wireMock.StubAsync(Mapping.Of("GET", harness.Path("badges"), """{"status":503}""", scenario, "Started", "ok"));
        await wireMock.StubAsync(Mapping.Of("GET", harness.Path("badges"), """{"status":200}""", scenario, "ok"));

        await harness.Transport.SendAsync(new BadgeHttpRequest("Read", HttpMethod.Get, "badges"), default);

        var text = harness.Logs.AllText();
        Assert.Contains("Retrying", text, StringComparison.Ordinal);
        Assert.Contains("OAuth token obtained", text, StringComparison.Ordinal);
        foreach (var secret in new[] { OAuthKey, OAuthSecret, "access-logged-never" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Authenticators_do_not_print_their_secrets()
    {
        var printed = string.Join(" ", new BearerTokenAuthenticator("bearer-secret"), new CapillaryBasicAuthenticator("till", "pw-secret", false), NewOAuth(TimeProvider.System, new Uri("http://localhost/"), NullLogger.Instance), new OAuthTokenRequest(OAuthKey, OAuthSecret));

        foreach (var secret in new[] { "bearer-secret", "pw-secret", OAuthKey, OAuthSecret })
        {
            Assert.DoesNotContain(secret, printed, StringComparison.Ordinal);
        }
    }

    private static CapillaryOAuthAuthenticator NewOAuth(TimeProvider time, Uri baseAddress, Microsoft.Extensions.Logging.ILogger logger)
        => new(OAuthKey, OAuthSecret, Header, new Uri(baseAddress, CapillaryOAuthAuthenticator.DefaultTokenPath), time, logger);

    private Task StubTokenAsync(TransportHarness harness, string token, int ttlSeconds) => wireMock.StubAsync(Mapping.Of(
        "POST",
        TokenPath(harness),
        TokenResponse(token, ttlSeconds, delayMs: 100)));

    private async Task StubTokenSequenceAsync(TransportHarness harness, string first, string second, int ttlSeconds)
    {
        var scenario = "tok-" + Guid.NewGuid().ToString("N");
        await wireMock.StubAsync(Mapping.Of("POST", TokenPath(harness), TokenResponse(first, ttlSeconds), scenario, "Started", "second"));
        await wireMock.StubAsync(Mapping.Of("POST", TokenPath(harness), TokenResponse(second, ttlSeconds), scenario, "second"));
    }

    private Task StubApiAcceptingAsync(TransportHarness harness, string token)
        => wireMock.StubAsync(Mapping.WithHeader("GET", harness.Path("badges"), Header, token, """{"status":200,"jsonBody":{"data":[]}}"""));

    private static string TokenResponse(string token, int ttlSeconds, int delayMs = 0) => new System.Text.Json.Nodes.JsonObject
    {
        ["status"] = 200,
        ["fixedDelayMilliseconds"] = delayMs,
        ["jsonBody"] = new System.Text.Json.Nodes.JsonObject
        {
            ["data"] = new System.Text.Json.Nodes.JsonObject { ["accessToken"] = token, ["ttlSeconds"] = ttlSeconds },
            ["errors"] = null,
        },
    }.ToJsonString();

    private static string TokenPath(TransportHarness harness) => harness.Prefix + "v3/oauth/token/generate";
}
