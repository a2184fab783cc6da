using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using BadgeSdk.Core.Http;
using BadgeSdk.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace BadgeSdk.Tests.Core;

/// <summary>The span, the duration measurement and the log lines the transport records for each call.</summary>
public sealed class TransportTelemetryTests
{
    [Fact]
    public async Task A_completed_call_records_its_status_and_attempts()
    {
        using var handler = new StubHandler((_, n) => StubHandler.Json(n == 1 ? HttpStatusCode.BadGateway : HttpStatusCode.OK, "{}"));
        using var probe = new ProbeTransport(handler);
        using var recorder = new Recorder(probe.Api);

        await probe.Transport.SendAsync(new BadgeHttpRequest("Read", HttpMethod.Get, "thing"), default);

        var span = Assert.Single(recorder.Spans);
        Assert.Equal($"{probe.Api}.Read", span.DisplayName);
        Assert.Equal(probe.Api, span.GetTagItem("badgesdk.api"));
        Assert.Equal("Read", span.GetTagItem("badgesdk.operation"));
        Assert.Equal("GET", span.GetTagItem("http.request.method"));
        Assert.Equal("api.test", span.GetTagItem("server.address"));
        Assert.Equal(200, span.GetTagItem("http.response.status_code"));
        Assert.Equal(2, span.GetTagItem("badgesdk.attempts"));
        Assert.Null(span.GetTagItem("badgesdk.idempotency_key"));
        Assert.Null(span.GetTagItem("error.type"));
        Assert.Equal(ActivityStatusCode.Unset, span.Status);

        var measurement = Assert.Single(recorder.Durations);
        Assert.True(measurement.Value >= 0);
        Assert.Equal(probe.Api, measurement.Tags["badgesdk.api"]);
        Assert.Equal("Read", measurement.Tags["badgesdk.operation"]);
        Assert.Equal(200, measurement.Tags["http.response.status_code"]);
        Assert.False(measurement.Tags.ContainsKey("error.type"));

        var completed = Assert.Single(probe.Logs.Entries, e => e.EventId == 1001);
        Assert.Equal(LogLevel.Debug, completed.Level);
        Assert.Contains("StatusCode=200", completed.Values);
        Assert.Contains("Attempts=2", completed.Values);
        Assert.Contains("Operation=Read", completed.Values);
    }

    [Fact]
    public async Task A_failure_status_is_recorded_as_the_error_type()
    {
        using var handler = StubHandler.Always(HttpStatusCode.NotFound);
        using var probe = new ProbeTransport(handler);
        using var recorder = new Recorder(probe.Api);

        await probe.Transport.SendAsync(new BadgeHttpRequest("Write", HttpMethod.Post, "thing") { IdempotencyKey = "k-telemetry" }, default);

        var span = Assert.Single(recorder.Spans);
        Assert.Equal("404", span.GetTagItem("error.type"));
        Assert.Equal("k-telemetry", span.GetTagItem("badgesdk.idempotency_key"));
        Assert.Equal(1, span.GetTagItem("badgesdk.attempts"));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        var measurement = Assert.Single(recorder.Durations);
        Assert.Equal("404", measurement.Tags["error.type"]);
        Assert.Equal(404, measurement.Tags["http.response.status_code"]);
    }

    [Fact]
    public async Task A_call_without_a_response_records_the_exception_type_and_logs_a_failure()
    {
        using var handler = new StubHandler((_, _) => throw new HttpRequestException(HttpRequestError.ConnectionError, "refused"));
        using var probe = new ProbeTransport(handler, o => o.Retry.MaxRetries = 1);
        using var recorder = new Recorder(probe.Api);

        await Assert.ThrowsAsync<BadgeTransientException>(() => probe.Transport.SendAsync(new BadgeHttpRequest("Read", HttpMethod.Get, "thing"), default));

        var span = Assert.Single(recorder.Spans);
        Assert.Equal("HttpRequestException", span.GetTagItem("error.type"));
        Assert.Null(span.GetTagItem("http.response.status_code"));
        Assert.Equal(2, span.GetTagItem("badgesdk.attempts"));
        var measurement = Assert.Single(recorder.Durations);
        Assert.Equal("HttpRequestException", measurement.Tags["error.type"]);
        Assert.False(measurement.Tags.ContainsKey("http.response.status_code"));
        var failed = Assert.Single(probe.Logs.Entries, e => e.EventId == 1002);
        Assert.Equal(LogLevel.Warning, failed.Level);
        Assert.Contains("ErrorType=HttpRequestException", failed.Values);
        Assert.Contains("Attempts=2", failed.Values);
        Assert.DoesNotContain(probe.Logs.Entries, e => e.EventId == 1001);
    }

    [Fact]
    public async Task Sending_is_logged_with_the_method_and_path_only()
    {
        using var handler = StubHandler.Always(HttpStatusCode.OK);
        using var probe = new ProbeTransport(handler);

        await probe.Transport.SendAsync(new BadgeHttpRequest("Read", HttpMethod.Get, "thing?secret=1"), default);

        var sending = Assert.Single(probe.Logs.Entries, e => e.EventId == 1000);
        Assert.Equal(LogLevel.Debug, sending.Level);
        Assert.Contains("Path=/thing", sending.Values);
        Assert.Contains("Method=GET", sending.Values);
        Assert.DoesNotContain("secret", probe.Logs.AllText(), StringComparison.Ordinal);
    }

    /// <summary>Collects the spans and duration measurements of one API name.</summary>
    private sealed class Recorder : IDisposable
    {
        private readonly ActivityListener _spans;
        private readonly MeterListener _meters;

        public Recorder(string api)
        {
            _spans = new ActivityListener
            {
                ShouldListenTo = s => s.Name == "BadgeSdk",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = a =>
                {
                    if (a.DisplayName.StartsWith(api + ".", StringComparison.Ordinal))
                    {
                        lock (Spans)
                        {
                            Spans.Add(a);
                        }
                    }
                },
            };
            ActivitySource.AddActivityListener(_spans);
            _meters = new MeterListener
            {
                InstrumentPublished = (i, l) =>
                {
                    if (i.Meter.Name == "BadgeSdk" && i.Name == "badgesdk.client.operation.duration")
                    {
                        l.EnableMeasurementEvents(i);
                    }
                },
            };
            _meters.SetMeasurementEventCallback<double>((_, value, tags, _) =>
            {
                var all = new Dictionary<string, object?>();
                foreach (var tag in tags)
                {
                    all[tag.Key] = tag.Value;
                }

                if (all.TryGetValue("badgesdk.api", out var tagged) && (string?)tagged == api)
                {
                    lock (Durations)
                    {
                        Durations.Add((value, all));
                    }
                }
            });
            _meters.Start();
        }

        public List<Activity> Spans { get; } = [];

        public List<(double Value, Dictionary<string, object?> Tags)> Durations { get; } = [];

        public void Dispose()
        {
            _spans.Dispose();
            _meters.Dispose();
        }
    }
}
