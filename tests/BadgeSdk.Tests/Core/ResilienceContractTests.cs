using System.Diagnostics;
using System.Text;
using BadgeSdk.Core.Auth;
using BadgeSdk.Core.Http;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Core;

/// <summary>Retries, timeouts and the circuit breaker, over real HTTP against WireMock faults.</summary>
[Collection(WireMockGroup.Name)]
[Trait("Category", "Contract")]
public sealed class ResilienceContractTests(WireMockServer wireMock)
{
    private const string Token = "tok-resilience-7f3a";

    [Theory]
    [InlineData("""{"fault":"CONNECTION_RESET_BY_PEER"}""")]
    [InlineData("""{"fault":"EMPTY_RESPONSE"}""")]
    [InlineData("""{"fault":"MALFORMED_RESPONSE_CHUNK"}""")]
    [InlineData("""{"fixedDelayMilliseconds":4000,"status":200,"jsonBody":{"late":true}}""")]
    [InlineData("""{"status":503}""")]
    public async Task Keyed_write_is_retried_with_the_same_key_and_auth_on_every_attempt(string firstResponse)
    {
        using var harness = new TransportHarness(wireMock, new BearerTokenAuthenticator(Token), o => o.AttemptTimeout = TimeSpan.FromMilliseconds(1000));
        await StubFailThenSucceedAsync(harness.Path("thing"), firstResponse);

        var response = await harness.Transport.SendAsync(KeyedWrite("key-123"), default);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(2, response.Attempts);
        var journal = await wireMock.RequestsAsync(harness.Prefix);
        Assert.Equal(2, journal.Count);
        Assert.All(journal, r =>
        {
            Assert.Equal($"Bearer {Token}", r.Header("Authorization"));
            Assert.Equal("key-123", r.Json.GetProperty("idempotency_key").GetString());
        });
        Assert.Equal(journal[0].Body, journal[1].Body);
    }

    [Fact]
    public async Task Ambiguous_first_attempt_is_reported_on_the_response()
    {
        using var harness = new TransportHarness(wireMock, new BearerTokenAuthenticator(Token));
        await StubFailThenSucceedAsync(harness.Path("thing"), """{"fault":"CONNECTION_RESET_BY_PEER"}""");

        var response = await harness.Transport.SendAsync(KeyedWrite("key-amb"), default);

        Assert.True(response.EarlierAttemptMayHaveBeenProcessed);
    }

    [Fact]
    public async Task Declined_first_attempt_is_not_ambiguous()
    {
        using var harness = new TransportHarness(wireMock, new BearerTokenAuthenticator(Token));
        await StubFailThenSucceedAsync(harness.Path("thing"), """{"status":429,"headers":{"Retry-After":"0"}}""");

        var response = await harness.Transport.SendAsync(KeyedWrite("key-429"), default);

        Assert.Equal(2, response.Attempts);
        Assert.False(response.EarlierAttemptMayHaveBeenProcessed);
    }

    [Fact]
    public async Task Retry_after_below_the_cap_is_waited_out()
    {
        using var harness = new TransportHarness(wireMock, new BearerTokenAuthenticator(Token));
        await StubFailThenSucceedAsync(harness.Path("thing"), """{"status":429,"headers":{"Retry-After":"1"}}""");

        var clock = Stopwatch.StartNew();
        var response = await harness.Transport.SendAsync(KeyedWrite("key-ra"), default);

        Assert.Equal(200, (int)response.StatusCode);
        var journal = await wireMock.RequestsAsync(harness.Prefix);
        Assert.Equal(2, journal.Count);
        // The second attempt waited for the server's Retry-After, not the 20 ms backoff.
        Assert.True(journal[1].LoggedDate - journal[0].LoggedDate >= TimeSpan.FromMilliseconds(900), $"gap was {journal[1].LoggedDate - journal[0].LoggedDate}");
    }

    [Fact]
    public async Task Retry_after_above_the_cap_fails_at_once_with_the_wait()
    {
        using var harness = new TransportHarness(wireMock, new BearerTokenAuthenticator(Token));
        await wireMock.StubAsync(Mapping.Of("POST", harness.Path("thing"), """{"status":429,"headers":{"Retry-After":"120"},"jsonBody":{"message":"slow down"}}"""));

        var response = await harness.Transport.SendAsync(KeyedWrite("key-cap"), default);

        Assert.Equal(429, (int)response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(120), response.RetryAfter);
        Assert.Single(await wireMock.RequestsAsync(harness.Prefix));
    }

    [Fact]
    public async Task Retries_stop_after_the_configured_count()
    {
        using var harness = new TransportHarness(wireMock, new BearerTokenAuthenticator(Token), o => o.Retry.MaxRetries = 2);
        await wireMock.StubAsync(Mapping.Of("POST", harness.Path("thing"), """{"status":502}"""));

        var response = await harness.Transport.SendAsync(KeyedWrite("key-502"), default);

        Assert.Equal(502, (int)response.StatusCode);
        Assert.Equal(3, (await wireMock.RequestsAsync(harness.Prefix)).Count);
    }

    [Theory]
    [InlineData("""{"status":503}""")]
    [InlineData("""{"fault":"CONNECTION_RESET_BY_PEER"}""")]
    [InlineData("""{"fixedDelayMilliseconds":1500,"status":200}""")]
    public async Task Non_idempotent_write_is_not_retried_once_it_may_have_arrived(string firstResponse)
    {
        using var harness = new TransportHarness(wireMock, new BearerTokenAuthenticator(Token), o => o.AttemptTimeout = TimeSpan.FromMilliseconds(500));
        await StubFailThenSucceedAsync(harness.Path("thing"), firstResponse);
        var request = new BadgeHttpRequest("Push", HttpMethod.Post, "thing") { JsonBody = "{}"u8.ToArray(), Safety = RetrySafety.NotIdempotent };

        try
        {
            var response = await harness.Transport.SendAsync(request, default);
            Assert.Equal(503, (int)response.StatusCode);
        }
        catch (BadgeTransientException)
        {
            // A reset or timeout surfaces as a transient failure; what matters is the count below.
        }

        Assert.Single(await wireMock.RequestsAsync(harness.Prefix));
    }

    [Fact]
    public async Task Non_idempotent_write_is_retried_when_the_connection_was_refused()
    {
        var refusing = new FirstAttemptToClosedPortHandler();
        using var harness = new TransportHarness(wireMock, new BearerTokenAuthenticator(Token), primary: refusing);
        await wireMock.StubAsync(Mapping.Of("POST", harness.Path("thing"), """{"status":200,"jsonBody":{}}"""));
        var request = new BadgeHttpRequest("Push", HttpMethod.Post, "thing") { JsonBody = "{}"u8.ToArray(), Safety = RetrySafety.NotIdempotent };

        var response = await harness.Transport.SendAsync(request, default);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(2, response.Attempts);
        Assert.IsType<HttpRequestException>(refusing.FirstFailure);
        Assert.Single(await wireMock.RequestsAsync(harness.Prefix));
    }

    [Fact]
    public async Task Overall_timeout_ends_the_call_as_transient()
    {
        using var harness = new TransportHarness(wireMock, new BearerTokenAuthenticator(Token), o =>
        {
            o.AttemptTimeout = TimeSpan.FromMilliseconds(300);
            o.OverallTimeout = TimeSpan.FromMilliseconds(700);
            o.Retry.MaxRetries = 10;
        });
        await wireMock.StubAsync(Mapping.Of("POST", harness.Path("thing"), """{"status":200,"fixedDelayMilliseconds":2000}"""));

        var clock = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<BadgeTransientException>(() => harness.Transport.SendAsync(KeyedWrite("key-slow"), default));

        // Ten retries of a 2 s answer would take far longer: the 0.7 s overall timeout ended it.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1.9), $"took {clock.Elapsed}");
        Assert.Contains("timed out", error.Message, StringComparison.Ordinal);
        Assert.Equal("key-slow", error.IdempotencyKey);
        Assert.InRange((await wireMock.RequestsAsync(harness.Prefix)).Count, 1, 3);
    }

    [Fact]
    public async Task Cancellation_interrupts_the_backoff_wait()
    {
        using var harness = new TransportHarness(wireMock, new BearerTokenAuthenticator(Token), o => o.Retry.MaxRetryAfter = TimeSpan.FromMinutes(5));
        await wireMock.StubAsync(Mapping.Of("POST", harness.Path("thing"), """{"status":503,"headers":{"Retry-After":"60"}}"""));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

        var clock = Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Transport.SendAsync(KeyedWrite("key-cancel"), cancel.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"cancellation took {clock.Elapsed}");
        Assert.Single(await wireMock.RequestsAsync(harness.Prefix));
    }

    [Fact]
    public async Task Circuit_opens_after_repeated_failures_and_stops_sending()
    {
        using var harness = new TransportHarness(wireMock, new BearerTokenAuthenticator(Token), o =>
        {
            o.Retry.MaxRetries = 0;
            o.CircuitBreaker.MinimumThroughput = 3;
            o.CircuitBreaker.FailureRatio = 0.5;
            o.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(30);
        });
        await wireMock.StubAsync(Mapping.Of("GET", harness.Path("thing"), """{"status":500}"""));

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(500, (int)(await harness.Transport.SendAsync(new BadgeHttpRequest("Read", HttpMethod.Get, "thing"), default)).StatusCode);
        }

        var error = await Assert.ThrowsAsync<BadgeTransientException>(() => harness.Transport.SendAsync(new BadgeHttpRequest("Read", HttpMethod.Get, "thing"), default));

        Assert.Contains("circuit breaker is open", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.RetryAfter);
        Assert.Equal(3, (await wireMock.RequestsAsync(harness.Prefix)).Count);
    }

    [Fact]
    public async Task Resilience_switched_off_sends_exactly_once()
    {
        using var harness = new TransportHarness(wireMock, new BearerTokenAuthenticator(Token), o => o.EnableResilience = false);
        await StubFailThenSucceedAsync(harness.Path("thing"), """{"status":503}""");

        var response = await harness.Transport.SendAsync(KeyedWrite("key-off"), default);

        Assert.Equal(503, (int)response.StatusCode);
        Assert.Single(await wireMock.RequestsAsync(harness.Prefix));
    }

    [Fact]
    public async Task Every_request_carries_the_sdk_user_agent_and_application_id()
    {
        using var harness = new TransportHarness(wireMock, new BearerTokenAuthenticator(Token), o => o.ApplicationId = "contoso-hr/2.1");
        await wireMock.StubAsync(Mapping.Of("GET", harness.Path("thing"), """{"status":200}"""));

        await harness.Transport.SendAsync(new BadgeHttpRequest("Read", HttpMethod.Get, "thing"), default);

        var agent = (await wireMock.RequestsAsync(harness.Prefix)).Single().Header("User-Agent");
        Assert.StartsWith("contoso-hr/2.1 BadgeSdk/", agent, StringComparison.Ordinal);
        Assert.Contains(".NET", agent, StringComparison.Ordinal);
    }

    private static BadgeHttpRequest KeyedWrite(string key) => new("Write", HttpMethod.Post, "thing")
    {
        JsonBody = Encoding.UTF8.GetBytes($$"""{"idempotency_key":"{{key}}","name":"John Doe"}"""),
        IdempotencyKey = key,
    };

    private async Task StubFailThenSucceedAsync(string path, string firstResponse)
    {
        var scenario = "s-" + Guid.NewGuid().ToString("N");
        await wireMock.StubAsync(Mapping.Of("ANY", path, firstResponse, scenario, "Started", "recovered"));
        await wireMock.StubAsync(Mapping.Of("ANY", path, """{"status":200,"jsonBody":{"ok":true}}""", scenario, "recovered"));
    }
}
