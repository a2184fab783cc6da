using System.Collections.Concurrent;
using System.Diagnostics;
using BadgeSdk.Issuance;
using BadgeSdk.Loyalty;
using BadgeSdk.Tests.Infrastructure;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace BadgeSdk.Tests.Observability;

/// <summary>One span per SDK call with the documented attributes, through the OpenTelemetry SDK, and no secret in any of them.</summary>
[Collection(WireMockGroup.Name)]
[Trait("Category", "Contract")]
public sealed class OpenTelemetryTests(WireMockServer wireMock)
{
    private static readonly ActivitySource TestSource = new("BadgeSdk.Tests.Otel");

    [Fact]
    public async Task Each_sdk_call_is_one_span_with_the_documented_attributes_and_no_secrets()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var tracing = Sdk.CreateTracerProviderBuilder()
            .AddSource("BadgeSdk", TestSource.Name)
            .AddProcessor(new CapturingProcessor(spans))
            .Build();
        using var issuance = Clients.Issuance(new Uri(wireMock.BaseUri, "/api/v1/"));
        using var passes = Clients.Passes(wireMock.BaseUri);
        using var loyalty = Clients.Loyalty(wireMock.BaseUri);

        using (var root = TestSource.StartActivity("test-root"))
        {
            await issuance.IssueBadgeAsync(new IssueBadgeRequest("abc123", "John Doe") { Email = "john@example.com", Phone = "+1234567890", IdempotencyKey = "otel-key-1" });
            await passes.ListPassTemplatesAsync();
            await Assert.ThrowsAsync<BadgeValidationException>(() => loyalty.IssueBulkAsync(new IssueBulkRequest("badge-816", [1]) { RequestId = "otel-816" }));
            tracing.ForceFlush();

            var mine = spans.Where(s => s.TraceId == root!.TraceId && s.Source.Name == "BadgeSdk").ToList();
            Assert.Equal(["IssueBadge.IssueBadge", "Badge.ListPassTemplates", "Capillary.IssueBulk"], mine.Select(s => s.DisplayName));
            Assert.All(mine, s => Assert.Equal(ActivityKind.Client, s.Kind));

            var issue = mine[0];
            Assert.Equal("IssueBadge", issue.GetTagItem("badgesdk.api"));
            Assert.Equal("IssueBadge", issue.GetTagItem("badgesdk.operation"));
            Assert.Equal("POST", issue.GetTagItem("http.request.method"));
            Assert.Equal("127.0.0.1", issue.GetTagItem("server.address"));
            Assert.Equal(200, issue.GetTagItem("http.response.status_code"));
            Assert.Equal(1, issue.GetTagItem("badgesdk.attempts"));
            Assert.Equal("otel-key-1", issue.GetTagItem("badgesdk.idempotency_key"));
            Assert.Equal(ActivityStatusCode.Unset, issue.Status);

            var failed = mine[2];
            Assert.Equal(400, failed.GetTagItem("http.response.status_code"));
            Assert.Equal("400", failed.GetTagItem("error.type"));
            Assert.Equal(ActivityStatusCode.Error, failed.Status);

            var everyValue = string.Join("|", mine.SelectMany(s => s.TagObjects).Select(t => $"{t.Key}={t.Value}"));
            foreach (var secret in new[] { Clients.IssuanceToken, Clients.PassesKey, Clients.TillPassword, "dGlsbC50ZXN0" })
            {
                Assert.DoesNotContain(secret, everyValue, StringComparison.Ordinal);
            }
        }
    }

    private sealed class CapturingProcessor(ConcurrentQueue<Activity> spans) : BaseProcessor<Activity>
    {
        public override void OnEnd(Activity data) => spans.Enqueue(data);
    }
}
