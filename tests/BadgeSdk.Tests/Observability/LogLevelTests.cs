using System.Net;
using BadgeSdk.Issuance;
using BadgeSdk.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace BadgeSdk.Tests.Observability;

/// <summary>
/// A 1,000-row run must not write 1,000 lines at Information: per-call lines are Debug, retries
/// and failures Warning, as the .NET libraries do.
/// </summary>
public sealed class LogLevelTests
{
    private const string Issued = """{"success":true,"IssueId":"i-1","publicUrl":"https://issuebadge.test/b/i-1"}""";

    [Fact]
    public async Task A_successful_call_logs_nothing_at_Information_or_above()
    {
        var (logs, _) = await RunAsync((_, _) => StubHandler.Json(HttpStatusCode.OK, Issued), calls: 20);

        Assert.Equal(40, logs.Count);
        Assert.All(logs, l => Assert.Equal(LogLevel.Debug, l.Level));
        Assert.Equal(20, logs.Count(l => l.EventId == 1001));
    }

    [Fact]
    public async Task A_retry_and_a_failure_log_at_Warning()
    {
        var (logs, error) = await RunAsync((_, n) => n == 1 ? StubHandler.Json(HttpStatusCode.ServiceUnavailable, "{}") : StubHandler.Json(HttpStatusCode.NotFound, """{"success":false,"message":"No such badge"}"""), calls: 1);

        Assert.IsType<BadgeNotFoundException>(error);
        var warnings = logs.Where(l => l.Level >= LogLevel.Warning).Select(l => l.EventId).ToList();
        Assert.Equal([1003], warnings);
        Assert.DoesNotContain(logs, l => l.Level == LogLevel.Information);

        var (lost, timeout) = await RunAsync((_, _) => throw new HttpRequestException("reset", new IOException("reset")), calls: 1);

        Assert.IsType<BadgeTransientException>(timeout);
        Assert.Equal(1, lost.Count(l => l.EventId == 1002 && l.Level == LogLevel.Warning));
        Assert.Contains(lost, l => l.EventId == 1003 && l.Level == LogLevel.Warning);
    }

    private static async Task<(List<CapturedLog> Logs, Exception? Error)> RunAsync(Func<HttpRequestMessage, int, HttpResponseMessage> respond, int calls)
    {
        using var logs = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        using var handler = new StubHandler(respond);
        var options = Clients.IssuanceOptions(new Uri("https://issuebadge.test/api/v1/"));
        options.Retry.MaxRetries = 1;
        using var client = new IssuanceClient(options, handler, factory);
        Exception? error = null;
        for (var i = 0; i < calls; i++)
        {
            try
            {
                await client.IssueBadgeAsync(new IssueBadgeRequest("abc123", "Ada") { IdempotencyKey = IdempotencyKey.FromParts("log", i.ToString(System.Globalization.CultureInfo.InvariantCulture)) });
            }
            catch (BadgeApiException e)
            {
                error = e;
            }
        }

        return ([.. logs.Entries], error);
    }
}
