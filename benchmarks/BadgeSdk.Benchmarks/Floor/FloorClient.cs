using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;

namespace BadgeSdk.Benchmarks.Floor;

/// <summary>
/// The floor: what a careful hand-written client does for the same calls, with the same request
/// bytes: <c>JsonContent.Create(body, JsonTypeInfo)</c> out, <c>ReadFromJsonAsync(JsonTypeInfo)</c>
/// in, no retries, no telemetry.
/// </summary>
internal sealed class FloorClient : IDisposable
{
    public const int ChunkSize = 100;
    public const int MaxConcurrency = 4;

    private readonly HttpClient _http;

    public FloorClient(Uri baseAddress, AuthenticationHeaderValue authorization)
    {
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
        };
        _http.DefaultRequestHeaders.Authorization = authorization;
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        _http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", "BadgeSdk.Benchmarks.Floor/1.0");
    }

    public async Task<IssueAnswer> IssueAsync(IssueBody body, CancellationToken cancellationToken = default)
    {
        using var content = JsonContent.Create(body, FloorJsonContext.Default.IssueBody);
        using var response = await _http.PostAsync("issue/create", content, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync(FloorJsonContext.Default.IssueAnswer, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("Empty answer.");
    }

    /// <summary>The hand-written chunked loop: chunks of 100, four at once, the SDK's chunk ids, one outcome per customer.</summary>
    public async Task<FloorEnrolment[]> IssueBulkAsync(string badgeId, long[] customers, string requestId, CancellationToken cancellationToken = default)
    {
        var chunks = customers.Chunk(ChunkSize).ToArray();
        var results = new FloorEnrolment[customers.Length];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, chunks.Length),
            new ParallelOptions { MaxDegreeOfParallelism = MaxConcurrency, CancellationToken = cancellationToken },
            async (index, token) =>
            {
                var chunk = chunks[index];
                var body = new BulkBody { BadgeMetaId = badgeId, Customers = chunk, RequestId = chunks.Length == 1 ? requestId : ChunkId(requestId, chunk) };
                using var content = JsonContent.Create(body, FloorJsonContext.Default.BulkBody);
                using var response = await _http.PostAsync("api_gateway/v1/badges/badgeMeta/customer/issueBulk", content, token).ConfigureAwait(false);
                response.EnsureSuccessStatusCode();
                var answer = await response.Content.ReadFromJsonAsync(FloorJsonContext.Default.BulkEnvelope, token).ConfigureAwait(false);
                var issued = answer?.Data?.IssuedBadges ?? [];
                var byCustomer = new Dictionary<long, BulkIssued>(issued.Count);
                foreach (var item in issued)
                {
                    byCustomer.TryAdd(item.CustomerId, item);
                }

                var offset = index * ChunkSize;
                for (var i = 0; i < chunk.Length; i++)
                {
                    results[offset + i] = byCustomer.TryGetValue(chunk[i], out var found)
                        ? new FloorEnrolment(chunk[i], found.IssuedId, found.Status)
                        : new FloorEnrolment(chunk[i], null, null);
                }
            }).ConfigureAwait(false);
        return results;
    }

    public void Dispose() => _http.Dispose();

    private static string ChunkId(string requestId, long[] customers)
    {
        var text = string.Join(',', customers.Select(c => c.ToString(CultureInfo.InvariantCulture)));
        return $"{requestId}-{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 8)).ToLowerInvariant()}";
    }
}

/// <summary>One customer's outcome in the floor's bulk loop.</summary>
internal sealed record FloorEnrolment(long CustomerId, string? IssuedId, string? Status);
