using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Headers;
using BadgeSdk.Core.Http;
using BadgeSdk.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace BadgeSdk.Tests.Core;

/// <summary>Retry and circuit-breaker decisions of the Polly pipeline, over an in-memory handler.</summary>
public sealed class ResiliencePipelineTests
{
    [Fact]
    public async Task The_circuit_breaker_keeps_the_configured_clock()
    {
        var clock = new ManualTimeProvider();
        using var handler = new StubHandler((_, n) => StubHandler.Json(n <= 2 ? HttpStatusCode.InternalServerError : HttpStatusCode.OK, "{}"));
        using var probe = new ProbeTransport(handler, o =>
        {
            o.Retry.MaxRetries = 0;
            o.CircuitBreaker.MinimumThroughput = 2;
            o.CircuitBreaker.FailureRatio = 0.5;
            o.CircuitBreaker.BreakDuration = TimeSpan.FromHours(1);
            o.UseTimeProvider(clock);
        });

        Assert.Equal(HttpStatusCode.InternalServerError, (await probe.Transport.SendAsync(Read(), default)).StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, (await probe.Transport.SendAsync(Read(), default)).StatusCode);
        var open = await Assert.ThrowsAsync<BadgeTransientException>(() => probe.Transport.SendAsync(Read(), default));
        clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        var afterBreak = await probe.Transport.SendAsync(Read(), default);

        Assert.Contains("circuit breaker is open", open.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, afterBreak.StatusCode);
        Assert.Equal(3, handler.Requests.Count);
        var opened = Assert.Single(probe.Logs.Entries, e => e.EventId == 1005);
        Assert.Equal(LogLevel.Warning, opened.Level);
        Assert.Contains($"Api={probe.Api}", opened.Values);
        Assert.Contains("BreakSeconds=3600", opened.Values);
    }

    [Fact]
    public async Task Each_retry_is_logged_with_what_went_wrong_and_counted()
    {
        using var handler = new StubHandler((_, n) => n switch
        {
            1 => StubHandler.Json(HttpStatusCode.ServiceUnavailable, "{}"),
            2 => throw new HttpRequestException(HttpRequestError.ResponseEnded, "reset"),
            _ => StubHandler.Json(HttpStatusCode.OK, "{}"),
        });
        using var probe = new ProbeTransport(handler);
        var retries = new List<(long Value, string? Api)>();
        using var listener = Listen(retries, "badgesdk.client.retries");

        var response = await probe.Transport.SendAsync(Read(), default);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, response.Attempts);
        var logged = probe.Logs.Entries.Where(e => e.EventId == 1003).ToList();
        Assert.Equal(2, logged.Count);
        Assert.All(logged, e => Assert.Equal(LogLevel.Warning, e.Level));
        Assert.Contains("Outcome=HTTP 503", logged[0].Values);
        Assert.Contains("Retry=1", logged[0].Values);
        Assert.Contains("Method=GET", logged[0].Values);
        Assert.Contains("Path=/thing", logged[0].Values);
        Assert.Contains("Outcome=HttpRequestException", logged[1].Values);
        Assert.Contains("Retry=2", logged[1].Values);
        // Other tests' retries reach the same listener while this one reads, so read under its lock.
        lock (retries)
        {
            Assert.Equal([(1L, probe.Api), (1L, probe.Api)], retries.Where(r => r.Api == probe.Api));
        }
    }

    [Fact]
    public async Task A_failed_answer_that_arrives_with_the_callers_cancellation_is_not_retried()
    {
        using var cancel = new CancellationTokenSource();
        using var handler = new StubHandler((_, _) =>
        {
            cancel.Cancel();
            return StubHandler.Json(HttpStatusCode.ServiceUnavailable, "{}");
        });
        using var probe = new ProbeTransport(handler);

        var response = await probe.Transport.SendAsync(Read(), cancel.Token);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Single(handler.Requests);
        Assert.DoesNotContain(probe.Logs.Entries, e => e.EventId == 1003);
    }

    [Fact]
    public async Task An_exception_that_is_not_a_network_failure_is_not_retried()
    {
        using var handler = new StubHandler((_, n) => n == 1 ? throw new InvalidOperationException("handler bug") : StubHandler.Json(HttpStatusCode.OK, "{}"));
        using var probe = new ProbeTransport(handler);

        await Assert.ThrowsAsync<InvalidOperationException>(() => probe.Transport.SendAsync(Read(), default));

        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_retry_after_exactly_at_the_cap_is_waited_out()
    {
        using var handler = new StubHandler((_, n) =>
        {
            var response = StubHandler.Json(n == 1 ? HttpStatusCode.TooManyRequests : HttpStatusCode.OK, "{}");
            response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.Zero);
            return response;
        });
        using var probe = new ProbeTransport(handler, o => o.Retry.MaxRetryAfter = TimeSpan.Zero);

        var response = await probe.Transport.SendAsync(Read(), default);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task A_retry_after_over_the_cap_is_handed_to_the_caller_at_once()
    {
        using var handler = new StubHandler((_, _) =>
        {
            var response = StubHandler.Json(HttpStatusCode.TooManyRequests, "{}");
            response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(1));
            return response;
        });
        using var probe = new ProbeTransport(handler, o => o.Retry.MaxRetryAfter = TimeSpan.Zero);

        var response = await probe.Transport.SendAsync(Read(), default);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), response.RetryAfter);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task An_attempt_that_hangs_past_the_attempt_timeout_is_cancelled_and_retried()
    {
        using var handler = new HangOnceHandler();
        using var probe = new ProbeTransport(handler, o => o.AttemptTimeout = TimeSpan.FromMilliseconds(200));

        var response = await probe.Transport.SendAsync(Read(), default);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, response.Attempts);
        Assert.Equal(2, handler.Calls);
        Assert.True(handler.FirstSawCancellation);
        var retry = Assert.Single(probe.Logs.Entries, e => e.EventId == 1003);
        Assert.Contains("Retry=1", retry.Values);
    }

    private static BadgeHttpRequest Read() => new("Read", HttpMethod.Get, "thing");

    private static MeterListener Listen(List<(long Value, string? Api)> into, string instrument)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (i, l) =>
            {
                if (i.Meter.Name == "BadgeSdk" && i.Name == instrument)
                {
                    l.EnableMeasurementEvents(i);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            string? api = null;
            foreach (var tag in tags)
            {
                if (tag.Key == "badgesdk.api")
                {
                    api = tag.Value as string;
                }
            }

            lock (into)
            {
                into.Add((value, api));
            }
        });
        listener.Start();
        return listener;
    }

    /// <summary>Hangs on the first request until it is cancelled, then answers at once.</summary>
    private sealed class HangOnceHandler : HttpMessageHandler
    {
        private int _calls;

        public int Calls => _calls;

        public bool FirstSawCancellation { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _calls) == 1)
            {
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    FirstSawCancellation = true;
                    throw;
                }
            }

            return StubHandler.Json(HttpStatusCode.OK, "{}");
        }
    }
}
