using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using BadgeSdk.Core.Http;
using BadgeSdk.Issuance;
using BadgeSdk.Loyalty;
using BadgeSdk.Passes;
using BadgeSdk.Tests.Infrastructure;
using Xunit.Abstractions;

namespace BadgeSdk.Tests.Core;

/// <summary>
/// Every message the SDK can build for a failed call, listed once from the error factory's inputs
/// (each API and operation × status × body × write or read × key × an earlier lost attempt), plus
/// the transport's own messages for calls with no answer; each must read as one clean sentence.
/// </summary>
public sealed partial class ExceptionMessageTests(ITestOutputHelper output)
{
    private static readonly int[] Statuses = [200, 301, 400, 401, 403, 404, 408, 409, 418, 422, 429, 500, 502, 503, 504];

    private static readonly (string Body, string MediaType)[] Bodies =
    [
        ("""{"success":false,"message":"Unauthenticated."}""", "application/json"),
        ("""{"success":false,"message":"Key already used"}""", "application/json"),
        ("""{"success":false,"message":"  Something went wrong!  "}""", "application/json"),
        ("""{"success":false}""", "application/json"),
        ("""{"message":"Not found"}""", "application/json"),
        ("""{"errors":[{"code":809,"message":"Request already processed."}]}""", "application/json"),
        ("""{"errors":[{"code":725,"message":"Badge name already exists"}],"message":"Conflict."}""", "application/json"),
        ("""{"errors":[{"code":728,"message":"At least one owner is required","reference":"ownership"}]}""", "application/json"),
        ("<html><body>Bad gateway</body></html>", "text/html"),
        ("{}", "application/json"),
        (string.Empty, "application/json"),
    ];

    [Fact]
    public void Every_message_from_a_response_reads_as_one_clean_sentence()
    {
        var messages = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (dialect, operations) in Apis())
        {
            var reader = new ResponseReader(dialect);
            foreach (var operation in operations)
            {
                foreach (var call in Calls(operation))
                {
                    foreach (var status in Statuses)
                    {
                        foreach (var (body, mediaType) in Bodies)
                        {
                            foreach (var earlier in new[] { false, true })
                            {
                                var response = new BadgeHttpResponse((HttpStatusCode)status, Encoding.UTF8.GetBytes(body), mediaType, status == 429 ? TimeSpan.FromSeconds(30) : null, earlier ? 2 : 1, earlier, status == 301 ? new Uri("https://elsewhere.test/x?secret=1") : null);
                                var report = dialect.ReadReport(response);
                                if (!response.IsSuccess || report.ReportsFailure)
                                {
                                    messages.Add(Normalize(reader.Failure(call, response, report).Message));
                                }
                                else
                                {
                                    messages.Add(Normalize(reader.Unreadable(call, response).Message));
                                }
                            }
                        }
                    }
                }
            }
        }

        AssertClean(messages, atLeast: 500);
    }

    [Fact]
    public async Task Every_message_for_a_call_without_an_answer_reads_as_one_clean_sentence()
    {
        var failures = new Func<HttpRequestMessage, HttpResponseMessage>[]
        {
            _ => throw new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused)),
            _ => throw new HttpRequestException("reset", new IOException("reset")),
            _ => throw new TaskCanceledException("timed out"),
        };
        var messages = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var fail in failures)
        {
            foreach (var write in new[] { true, false })
            {
                using var handler = new StubHandler((m, _) => fail(m));
                var options = Clients.IssuanceOptions(new Uri("https://issuebadge.test/api/v1/"));
                options.Retry.MaxRetries = 1;
                options.CircuitBreaker.Enabled = false;
                using var client = new IssuanceClient(options, handler);
                var error = await Assert.ThrowsAnyAsync<Exception>(() => write ? client.IssueBadgeAsync(new IssueBadgeRequest("b", "Ada")) : client.ListBadgeTemplatesAsync());
                messages.Add(Normalize(error.Message));
            }
        }

        using (var cancel = new CancellationTokenSource())
        using (var client = new IssuanceClient(Clients.IssuanceOptions(new Uri("https://issuebadge.test/api/v1/")), new StubHandler((_, _) =>
               {
                   cancel.Cancel();
                   throw new TaskCanceledException();
               })))
        {
            var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.IssueBadgeAsync(new IssueBadgeRequest("b", "Ada"), cancel.Token));
            messages.Add(Normalize(error.Message));
        }

        AssertClean(messages, atLeast: 5);
    }

    private void AssertClean(SortedSet<string> messages, int atLeast)
    {
        foreach (var message in messages)
        {
            output.WriteLine(message);
        }

        Assert.True(messages.Count >= atLeast, $"only {messages.Count} messages");
        var bad = messages.Where(m => Problem(m) is not null).Select(m => $"{Problem(m)}: {m}").ToList();
        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    private static string? Problem(string message)
        => message.Contains("..", StringComparison.Ordinal) ? "double full stop"
            : RepeatedWord().Match(message) is { Success: true } repeated ? $"'{repeated.Groups[1].Value}' twice"
            : message.Contains("  ", StringComparison.Ordinal) ? "double space"
            : Regex.IsMatch(message, @"\s[.,:;)]") ? "space before punctuation"
            : Regex.IsMatch(message, @"[:;,]\.|\(\)|\(:") ? "empty clause"
            : message.Contains("secret=1", StringComparison.Ordinal) ? "query string of a redirect"
            : message[^1] is not ('.' or '!' or '?') ? "no full stop at the end"
            : null;

    // The idempotency keys differ per call; the wording is what is listed.
    private static string Normalize(string message) => Key().Replace(message, "'<key>'");

    private static IEnumerable<BadgeHttpRequest> Calls(string operation)
    {
        yield return new BadgeHttpRequest(operation, HttpMethod.Get, "x");
        yield return new BadgeHttpRequest(operation, HttpMethod.Post, "x");
        yield return new BadgeHttpRequest(operation, HttpMethod.Post, "x") { IdempotencyKey = "k-1", KeyGeneratedBySdk = true };
        yield return new BadgeHttpRequest(operation, HttpMethod.Post, "x") { RequestId = "r-1" };
    }

    private static IEnumerable<(ResponseDialect Dialect, string[] Operations)> Apis()
    {
        yield return (IssueBadgeDialect.Instance, Operations(typeof(IssuanceClient)));
        yield return (BadgeWalletDialect.Instance, Operations(typeof(PassesClient)));
        yield return (CapillaryDialect.Instance, Operations(typeof(LoyaltyClient)));
    }

    // Operation names are the public methods' names without "Async" (a convention test keeps them so).
    private static string[] Operations(Type client)
        => [.. client.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal))
            .Select(m => m.Name[..^"Async".Length])
            .Distinct()];

    [GeneratedRegex(@"\b(\w+) \1\b")]
    private static partial Regex RepeatedWord();

    [GeneratedRegex(@"'[^']{16,}'")]
    private static partial Regex Key();
}
