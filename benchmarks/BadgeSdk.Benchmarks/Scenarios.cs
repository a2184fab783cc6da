using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using BadgeSdk.Benchmarks.Floor;
using BadgeSdk.Issuance;
using BadgeSdk.Loyalty;
using Microsoft.Extensions.DependencyInjection;

namespace BadgeSdk.Benchmarks;

/// <summary>The calls every mode measures, each a one-liner over clients built once against the stub.</summary>
internal sealed class Scenarios : IDisposable
{
    public const string Token = "bench-token";
    public const string BulkBadgeId = "66a0b8b8e4b0a1b2c3d4e5f6";

    private static readonly IssueBody FloorIssueBody = new() { BadgeId = "abc123", Name = "John Doe", Email = "john@example.com", IdempotencyKey = "bench-key-0001" };

    private readonly ServiceProvider _services;
    private readonly Dictionary<int, long[]> _customers = [];

    public Scenarios(Uri stub)
    {
        Floor = new FloorClient(stub, new AuthenticationHeaderValue("Bearer", Token));
        FloorLoyalty = new FloorClient(stub, new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("bench-till:" + Md5Hex("bench-password")))));
        Standalone = new IssuanceClient(new IssuanceClientOptions { ApiToken = Token, BaseAddress = stub });
        NoResilience = new IssuanceClient(new IssuanceClientOptions { ApiToken = Token, BaseAddress = stub, EnableResilience = false });
        var services = new ServiceCollection();
        services.AddBadgeIssuance(o =>
        {
            o.ApiToken = Token;
            o.BaseAddress = stub;
        });
        _services = services.BuildServiceProvider();
        ThroughDi = _services.GetRequiredService<IssuanceClient>();
        Loyalty = new LoyaltyClient(new LoyaltyClientOptions { TillId = "bench-till", Password = "bench-password", BaseAddress = stub });
    }

    public FloorClient Floor { get; }

    public FloorClient FloorLoyalty { get; }

    public IssuanceClient Standalone { get; }

    public IssuanceClient NoResilience { get; }

    public IssuanceClient ThroughDi { get; }

    public LoyaltyClient Loyalty { get; }

    public static IssueBadgeRequest SdkIssueRequest() => new("abc123", "John Doe") { Email = "john@example.com", IdempotencyKey = "bench-key-0001" };

    public Task<IssueAnswer> FloorIssueAsync() => Floor.IssueAsync(FloorIssueBody);

    public Task<IssueBadgeResult> IssueAsync(IssuanceClient client) => client.IssueBadgeAsync(SdkIssueRequest());

    public Task<FloorEnrolment[]> FloorBulkAsync(int customers) => FloorLoyalty.IssueBulkAsync(BulkBadgeId, Customers(customers), "bench-bulk");

    public Task<IssueBulkResult> SdkBulkAsync(int customers) => Loyalty.IssueBulkAsync(new IssueBulkRequest(BulkBadgeId, Customers(customers)) { RequestId = "bench-bulk" });

    /// <summary>Runs <paramref name="calls"/> calls, <paramref name="parallel"/> at a time.</summary>
    public static async Task RunAsync(Func<Task> call, int calls, int parallel)
    {
        if (parallel <= 1)
        {
            for (var i = 0; i < calls; i++)
            {
                await call().ConfigureAwait(false);
            }

            return;
        }

        var next = -1;
        var workers = new Task[parallel];
        for (var w = 0; w < parallel; w++)
        {
            workers[w] = Task.Run(async () =>
            {
                while (Interlocked.Increment(ref next) < calls)
                {
                    await call().ConfigureAwait(false);
                }
            });
        }

        await Task.WhenAll(workers).ConfigureAwait(false);
    }

    public void Dispose()
    {
        Floor.Dispose();
        FloorLoyalty.Dispose();
        Standalone.Dispose();
        NoResilience.Dispose();
        Loyalty.Dispose();
        _services.Dispose();
    }

#pragma warning disable CA5351 // Capillary's Basic scheme is defined over an MD5 digest.
    private static string Md5Hex(string text) => Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
#pragma warning restore CA5351

    private long[] Customers(int count)
    {
        if (!_customers.TryGetValue(count, out var ids))
        {
            ids = Enumerable.Range(1, count).Select(i => 1_000_000L + i).ToArray();
            _customers[count] = ids;
        }

        return ids;
    }
}
