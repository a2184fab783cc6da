using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using BadgeSdk.Core.Http;
using BadgeSdk.Loyalty.Wire;

namespace BadgeSdk.Loyalty;

/// <summary>The bulk machinery shared by issueBulk and earnBulk: chunks, their request ids, bounded concurrency and per-chunk outcomes.</summary>
public partial class LoyaltyClient
{
    /// <summary>Splits the customers into chunks; a list that fits one chunk keeps the caller's request id as is.</summary>
    private (List<long[]> Chunks, List<string> ChunkIds) PlanChunks(string requestId, IReadOnlyList<long> customers)
    {
        var chunks = customers.Chunk(_chunkSize).ToList();
        return (chunks, chunks.ConvertAll(chunk => chunks.Count == 1 ? requestId : ChunkId(requestId, chunk)));
    }

    /// <summary>
    /// Sends every chunk with at most <see cref="LoyaltyClientOptions.IssueBulkMaxConcurrency"/> in
    /// flight. A chunk's failure is kept as its outcome, never thrown; chunks not started when the
    /// call is cancelled stay <see langword="null"/>. A single chunk's failure is thrown, as the
    /// whole call failed; so is a cancellation before any chunk started.
    /// </summary>
    private async Task<ChunkOutcome<TData>?[]> SendChunksAsync<TData>(
        string operation,
        string path,
        List<long[]> chunks,
        List<string> chunkIds,
        Func<long[], string, byte[]> body,
        JsonTypeInfo<CapillaryEnvelope<TData>> type,
        CancellationToken cancellationToken)
        where TData : class
    {
        var outcomes = new ChunkOutcome<TData>?[chunks.Count];
        using var gate = new SemaphoreSlim(_maxConcurrency);
        var running = new List<Task>(chunks.Count);
        for (var i = 0; i < chunks.Count; i++)
        {
            try
            {
                await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            var index = i;
            running.Add(Task.Run(
                async () =>
                {
                    try
                    {
                        var call = new BadgeHttpRequest(operation, HttpMethod.Post, path)
                        {
                            JsonBody = body(chunks[index], chunkIds[index]),
                            RequestId = chunkIds[index],

                            // Capillary deduplicates on the request id (809), which every attempt repeats.
                            Safety = RetrySafety.Idempotent,
                        };
                        outcomes[index] = await SendChunkAsync(call, type, cancellationToken).ConfigureAwait(false);
                    }
                    finally
                    {
                        gate.Release();
                    }
                },
                CancellationToken.None));
        }

        await Task.WhenAll(running).ConfigureAwait(false);
        if (chunks.Count == 1 && outcomes[0] is { Error: BadgeApiException only })
        {
            throw only;
        }

        if (outcomes.All(o => o is null))
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        return outcomes;
    }

    /// <summary>What a customer of a failed, lost or cancelled chunk became: a chunk that may have been processed is unknown; one refused or never sent is not.</summary>
    private static T ChunkFate<T>(Exception error, T unknown, T notSent, T failed) => error switch
    {
        BadgeApiException { MayHaveBeenProcessed: true } or BadgeOperationCanceledException { MayHaveBeenProcessed: true } => unknown,
        OperationCanceledException => notSent,
        _ => failed,
    };

    // Content-derived, so the same customers keep their id across reruns and other customers never share it.
    private static string ChunkId(string requestId, long[] customers)
    {
        var text = string.Join(',', customers.Select(c => c.ToString(CultureInfo.InvariantCulture)));
        return $"{requestId}-{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 8)).ToLowerInvariant()}";
    }

    private async Task<ChunkOutcome<TData>> SendChunkAsync<TData>(BadgeHttpRequest call, JsonTypeInfo<CapillaryEnvelope<TData>> type, CancellationToken cancellationToken)
        where TData : class
    {
        try
        {
            var (data, warnings, _) = await SendAsync(call, type, cancellationToken).ConfigureAwait(false);
            return new ChunkOutcome<TData>(data, warnings, null, call.Response);
        }
        catch (BadgeApiException error)
        {
            return new ChunkOutcome<TData>(null, [], error);
        }
        catch (OperationCanceledException cancelled) when (cancellationToken.IsCancellationRequested)
        {
            return new ChunkOutcome<TData>(null, [], cancelled);
        }
    }

    /// <summary>The response of the last chunk that was answered, for the result's <see cref="BadgeResult.GetRawResponse"/>.</summary>
    private static BadgeResponse? LastResponse<TData>(ChunkOutcome<TData>?[] outcomes)
        where TData : class
        => outcomes.LastOrDefault(o => o?.Response is not null)?.Response;

    private sealed record ChunkOutcome<TData>(TData? Data, IReadOnlyList<BadgeError> Warnings, Exception? Error, BadgeResponse? Response = null)
        where TData : class;
}
