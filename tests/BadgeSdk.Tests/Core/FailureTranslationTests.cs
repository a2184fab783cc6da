using System.Net;
using BadgeSdk.Core.Auth;
using BadgeSdk.Core.Http;
using BadgeSdk.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace BadgeSdk.Tests.Core;

/// <summary>How the transport turns a call that got no response into <see cref="BadgeTransientException"/>, and where it sends calls.</summary>
public sealed class FailureTranslationTests
{
    [Theory]
    [InlineData(HttpRequestError.ConnectionError)]
    [InlineData(HttpRequestError.NameResolutionError)]
    [InlineData(HttpRequestError.SecureConnectionError)]
    public async Task A_failure_before_sending_says_the_call_was_not_sent(HttpRequestError error)
    {
        var cause = new HttpRequestException(error, "refused");
        using var handler = new StubHandler((_, _) => throw cause);
        using var harness = new Harness(handler);

        var thrown = await Assert.ThrowsAsync<BadgeTransientException>(() => harness.Transport.SendAsync(Write("Push", "k-1"), default));

        Assert.Equal("The call to Push could not connect to the server; this attempt was not sent.", thrown.Message);
        Assert.Same(cause, thrown.InnerException);
        Assert.Equal("Push", thrown.Operation);
        Assert.Equal("k-1", thrown.IdempotencyKey);
        Assert.Equal("r-1", thrown.RequestId);
    }

    [Theory]
    [InlineData(HttpRequestError.ResponseEnded)]
    [InlineData(HttpRequestError.Unknown)]
    public async Task A_failure_after_sending_says_the_call_may_have_been_processed(HttpRequestError error)
    {
        var cause = new HttpRequestException(error, "reset");
        using var handler = new StubHandler((_, _) => throw cause);
        using var harness = new Harness(handler);

        var thrown = await Assert.ThrowsAsync<BadgeTransientException>(() => harness.Transport.SendAsync(Write("Push", "k-2"), default));

        Assert.Equal("The connection failed during the call to Push. It may have been processed: retry only with the same idempotency key 'k-2', or re-read the current state; never send it again under a new one.", thrown.Message);
        Assert.Same(cause, thrown.InnerException);
        Assert.Equal("k-2", thrown.IdempotencyKey);
    }

    [Fact]
    public async Task Other_exceptions_reach_the_caller_as_they_are()
    {
        using var handler = new StubHandler((_, _) => throw new InvalidOperationException("handler bug"));
        using var harness = new Harness(handler);

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Transport.SendAsync(Write("Push", "k-3"), default));

        Assert.Equal("handler bug", thrown.Message);
    }

    [Fact]
    public async Task With_resilience_off_the_overall_timeout_still_ends_the_call()
    {
        using var handler = new SlowHandler(TimeSpan.FromSeconds(30));
        using var harness = new Harness(handler, o =>
        {
            o.EnableResilience = false;
            o.AttemptTimeout = TimeSpan.FromMilliseconds(100);
            o.OverallTimeout = TimeSpan.FromMilliseconds(100);
        });

        var thrown = await Assert.ThrowsAsync<BadgeTransientException>(() => harness.Transport.SendAsync(Write("Slow", "k-4"), default));

        Assert.StartsWith("The call to Slow timed out.", thrown.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<OperationCanceledException>(thrown.InnerException);
        Assert.True(handler.SawCancellation);
    }

    [Fact]
    public async Task A_caller_cancellation_is_not_reported_as_a_timeout()
    {
        using var handler = new SlowHandler(TimeSpan.FromSeconds(30));
        using var harness = new Harness(handler, o => o.EnableResilience = false);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Transport.SendAsync(Write("Slow", "k-5"), cancel.Token));
    }

    [Theory]
    [InlineData("https://api.test/v1", "https://api.test/v1/thing")]
    [InlineData("https://api.test/v1/", "https://api.test/v1/thing")]
    [InlineData("https://api.test", "https://api.test/thing")]
    public async Task Paths_are_relative_to_the_base_address_with_or_without_its_trailing_slash(string baseAddress, string expected)
    {
        using var handler = StubHandler.Always(HttpStatusCode.OK);
        using var harness = new Harness(handler, o => o.BaseAddress = new Uri(baseAddress));

        await harness.Transport.SendAsync(new BadgeHttpRequest("Read", HttpMethod.Get, "thing"), default);

        Assert.Equal(new Uri(expected), Assert.Single(handler.Requests).RequestUri);
    }

    [Fact]
    public async Task A_response_counts_at_least_one_attempt_even_when_no_handler_counted_it()
    {
        // Without the SDK's handlers nothing counts attempts; the response still reports the one that was made.
        using var handler = StubHandler.Always(HttpStatusCode.OK);
        using var http = new HttpClient(handler, disposeHandler: false);
        var options = new TestClientOptions(new Uri("https://api.test/"));
        var transport = new BadgeTransport(() => http, options, TestDialect.Instance, NullLogger.Instance);

        var response = await transport.SendAsync(new BadgeHttpRequest("Read", HttpMethod.Get, "thing"), default);

        Assert.Equal(1, response.Attempts);
    }

    private static BadgeHttpRequest Write(string operation, string key) => new(operation, HttpMethod.Post, "thing")
    {
        JsonBody = "{}"u8.ToArray(),
        IdempotencyKey = key,
        RequestId = "r-1",
    };

    /// <summary>A transport over the SDK's handler chain and an in-memory handler, without retries.</summary>
    private sealed class Harness : IDisposable
    {
        private readonly HttpClient _http;

        public Harness(HttpMessageHandler handler, Action<TestClientOptions>? configure = null)
        {
            var options = new TestClientOptions(new Uri("https://api.test/"));
            options.Retry.MaxRetries = 0;
            configure?.Invoke(options);
            var pipeline = new BadgePipeline(options, new BearerTokenAuthenticator("t"), TestDialect.Instance, NullLogger.Instance);
            _http = new HttpClient(pipeline.Over(InvokerHandler.For(handler))) { Timeout = Timeout.InfiniteTimeSpan };
            Transport = new BadgeTransport(() => _http, options, TestDialect.Instance, NullLogger.Instance);
        }

        public BadgeTransport Transport { get; }

        public void Dispose() => _http.Dispose();
    }

    /// <summary>Answers only after <paramref name="delay"/>, unless the call is cancelled first.</summary>
    private sealed class SlowHandler(TimeSpan delay) : HttpMessageHandler
    {
        public bool SawCancellation { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            try
            {
                await Task.Delay(delay, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                SawCancellation = true;
                throw;
            }

            return StubHandler.Json(HttpStatusCode.OK, "{}");
        }
    }
}
