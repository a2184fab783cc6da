using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BadgeSdk.Core.Http;
using BadgeSdk.Loyalty.Wire;
using Microsoft.Extensions.Logging;

namespace BadgeSdk.Loyalty;

/// <summary>
/// Client for Capillary's loyalty badges API: create badge definitions and enrol customers in
/// bulk. Basic or OAuth authentication; errors in <c>errors[]</c> (in any HTTP status) and
/// per-customer errors are never lost.
/// </summary>
/// <remarks>Thread-safe and meant to be long-lived (one per Capillary organisation and credential).</remarks>
public partial class LoyaltyClient : BadgeClient
{
    private const string MigrationHeader = "X-CAP-BADGES-MIGRATION";

    private readonly TimeProvider _time = TimeProvider.System;
    private readonly int _chunkSize;
    private readonly int _maxConcurrency;

    /// <summary>Creates a client with its own connection pool and the SDK's handlers.</summary>
    /// <param name="options">The settings; Basic or OAuth credentials are required.</param>
    /// <param name="loggerFactory">Where the SDK logs; nothing is logged when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">A setting is missing or invalid; the message names it.</exception>
    public LoyaltyClient(LoyaltyClientOptions options, ILoggerFactory? loggerFactory = null)
        : this(options, BadgeClientContext.Standalone(options, CapillaryDialect.Instance, loggerFactory, primary: null))
    {
    }

    /// <summary>
    /// Creates a client that sends through your own handler (a proxy, custom TLS, a recording
    /// handler in tests), beneath the SDK's retries and authentication. The handler is not disposed
    /// with the client.
    /// </summary>
    /// <param name="options">The settings.</param>
    /// <param name="handler">The innermost handler.</param>
    /// <param name="loggerFactory">Where the SDK logs; nothing is logged when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">A setting is missing or invalid; the message names it.</exception>
    public LoyaltyClient(LoyaltyClientOptions options, HttpMessageHandler handler, ILoggerFactory? loggerFactory = null)
        : this(options, BadgeClientContext.Standalone(options, CapillaryDialect.Instance, loggerFactory, InvokerHandler.For(handler)))
    {
    }

    /// <summary>
    /// Creates a client that sends through your own <see cref="HttpClient"/>, beneath the SDK's
    /// retries and authentication; its own timeout and default headers apply as well. The client is
    /// not disposed with this one. Prefer dependency injection (<c>AddBadge…</c>) in hosted apps.
    /// </summary>
    /// <param name="options">The settings.</param>
    /// <param name="httpClient">The client to send through.</param>
    /// <param name="loggerFactory">Where the SDK logs; nothing is logged when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">A setting is missing or invalid; the message names it.</exception>
    public LoyaltyClient(LoyaltyClientOptions options, HttpClient httpClient, ILoggerFactory? loggerFactory = null)
        : this(options, BadgeClientContext.Standalone(options, CapillaryDialect.Instance, loggerFactory, InvokerHandler.For(httpClient)))
    {
    }

    /// <summary>Initializes an instance for mocking.</summary>
    protected LoyaltyClient()
    {
    }

    /// <summary>Creates a client over a prepared transport (dependency injection, tests, emulators).</summary>
    internal LoyaltyClient(LoyaltyClientOptions options, BadgeClientContext context)
        : base(context)
    {
        _chunkSize = options.IssueBulkChunkSize;
        _maxConcurrency = options.IssueBulkMaxConcurrency;
        _time = options.Clock();
        _definitionOptions = options;
    }

    /// <summary>
    /// Creates a badge definition (<c>POST api_gateway/v1/badges/badgeMeta</c>), reconciling an
    /// uncertain outcome instead of re-sending blindly: when an attempt fails in a way that may have
    /// reached Capillary (a timeout, a reset, a 500/502/504), the name is looked up (names are
    /// unique): found, it is returned with <see cref="CreateBadgeResult.Recovered"/> set; not found,
    /// the create is sent once more. Failures that prove nothing was stored (a refused connection,
    /// 408, 429, 503) are retried as usual.
    /// </summary>
    /// <param name="request">The badge.</param>
    /// <param name="cancellationToken">Cancels the call, backoff waits and the lookup included.</param>
    /// <returns>The badge as Capillary stored it, with any warnings; <see cref="CreateBadgeResult.Recovered"/> when an earlier attempt created it.</returns>
    /// <exception cref="BadgeValidationException">The request breaks a rule Capillary enforces (checked before sending: 720, 722, 724, 728), or Capillary rejected it.</exception>
    /// <exception cref="BadgeConflictException">A badge with this name existed before this call (725 on the first attempt).</exception>
    /// <exception cref="BadgeAlreadyProcessedException">Capillary said an earlier attempt took the name, yet the lookup did not find it; re-read the badges.</exception>
    /// <exception cref="BadgeApiException">With <see cref="BadgeApiException.MayHaveBeenProcessed"/> set: the outcome stayed unknown (the lookup or the resend failed too); look the name up before creating again.</exception>
    public virtual async Task<CreateBadgeResult> CreateBadgeAsync(CreateBadgeRequest request, CancellationToken cancellationToken = default)
    {
        CreateBadgeValidator.Validate(request, _time.GetUtcNow());
        var call = new BadgeHttpRequest("CreateBadge", HttpMethod.Post, "api_gateway/v1/badges/badgeMeta")
        {
            JsonBody = JsonSerializer.SerializeToUtf8Bytes(BadgeMetaMapper.ToWire(request), LoyaltyJsonContext.Default.BadgeMetaWire),

            // Names are unique, so a blind retry cannot make a second badge but answers 725 and
            // hides the first; the client looks the name up instead (CreateReconciledAsync).
            Safety = RetrySafety.ReconciledByCaller,
        };
        if (request.HistoricalImport)
        {
            call.Headers.Add(new(MigrationHeader, "migration"));
        }

        return await CreateReconciledAsync(request, call, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Enrols customers in a badge (<c>POST api_gateway/v1/badges/badgeMeta/customer/issueBulk</c>).
    /// Long lists are split into chunks of <see cref="LoyaltyClientOptions.IssueBulkChunkSize"/>,
    /// sent with bounded concurrency. A list that fits one chunk is sent with the caller's request id
    /// as is; otherwise each chunk's id is the caller's followed by a hash of the chunk's customers,
    /// so a rerun re-sends an unchanged chunk under the same id (Capillary answers 809 instead of
    /// enrolling twice) and a changed chunk never borrows another chunk's id.
    /// </summary>
    /// <param name="request">The badge, customers and request id.</param>
    /// <param name="cancellationToken">Stops starting new chunks; customers of chunks not started are reported as <see cref="EnrolmentOutcome.NotSent"/>, and those of a chunk cancelled after it was sent as <see cref="EnrolmentOutcome.Unknown"/>.</param>
    /// <returns>Every customer's outcome: enrolled, failed with the reason (for example 1040), unknown, or not sent.</returns>
    /// <exception cref="BadgeValidationException">The request is invalid (no request was sent), or, for a list that fits one chunk, Capillary rejected it (816: event date outside the badge).</exception>
    /// <exception cref="BadgeAlreadyProcessedException">For a list that fits one chunk: an attempt was lost and the retry got 809, so the enrolment was most probably processed. Re-read the enrolments.</exception>
    /// <exception cref="OperationCanceledException">Cancelled before any chunk started.</exception>
    public virtual async Task<IssueBulkResult> IssueBulkAsync(IssueBulkRequest request, CancellationToken cancellationToken = default)
    {
        IssueBulkValidator.Validate(request);
        cancellationToken.ThrowIfCancellationRequested();
        var requestId = request.RequestId ?? IdempotencyKey.New().Value;
        var chunks = request.CustomerIds.Chunk(_chunkSize).ToList();
        var chunkIds = chunks.ConvertAll(chunk => chunks.Count == 1 ? requestId : ChunkId(requestId, chunk));
        var outcomes = new ChunkOutcome?[chunks.Count];
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
                        outcomes[index] = await SendChunkAsync(request, chunks[index], chunkIds[index], cancellationToken).ConfigureAwait(false);
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

        return Aggregate(request, requestId, chunks, chunkIds, outcomes);
    }

    /// <summary>Sends the call and returns Capillary's <c>data</c> with its warnings; a failure or a success without data is thrown typed.</summary>
    private async Task<(T Data, IReadOnlyList<BadgeError> Warnings, bool EarlierAttemptMayHaveBeenProcessed)> SendAsync<T>(BadgeHttpRequest call, JsonTypeInfo<CapillaryEnvelope<T>> type, CancellationToken cancellationToken)
        where T : class
    {
        var response = await Transport.SendAsync(call, cancellationToken).ConfigureAwait(false);
        var (body, report) = Transport.Reader.Read(call, response, type);
        return (body.Data ?? throw Transport.Reader.Unreadable(call, response), report.Warnings, response.EarlierAttemptMayHaveBeenProcessed);
    }

    private static IssueBulkResult Aggregate(IssueBulkRequest request, string requestId, List<long[]> chunks, List<string> chunkIds, ChunkOutcome?[] outcomes)
    {
        var customers = new List<CustomerEnrolment>(request.CustomerIds.Count);
        var warnings = new List<BadgeError>();
        IssueBulkDataWire? first = null;
        for (var i = 0; i < chunks.Count; i++)
        {
            var outcome = outcomes[i];
            if (outcome?.Data is { } data)
            {
                first ??= data;
                warnings.AddRange(outcome.Warnings);
            }

            customers.AddRange(chunks[i].Select(id => Enrolment(id, chunkIds[i], outcome)));
        }

        return new IssueBulkResult
        {
            BadgeId = request.BadgeId,
            RequestId = requestId,
            ExpiresOn = first?.ExpiresOnIso ?? first?.ExpiresOn,
            TriggeredBy = first?.TriggeredBy is { } trigger ? new BadgeTrigger(new OwnerType(trigger.OwnerType ?? string.Empty), trigger.ReferenceId) : null,
            Customers = customers,
            Warnings = warnings,
        };
    }

    private static CustomerEnrolment Enrolment(long customerId, string chunkId, ChunkOutcome? outcome)
    {
        if (outcome is null)
        {
            return new CustomerEnrolment(customerId, EnrolmentOutcome.NotSent, chunkId);
        }

        if (outcome.Error is { } error)
        {
            // A chunk that may have been processed is unknown; one refused or never sent is not.
            var state = error switch
            {
                BadgeApiException { MayHaveBeenProcessed: true } or BadgeOperationCanceledException { MayHaveBeenProcessed: true } => EnrolmentOutcome.Unknown,
                OperationCanceledException => EnrolmentOutcome.NotSent,
                _ => EnrolmentOutcome.Failed,
            };
            return new CustomerEnrolment(customerId, state, chunkId) { ChunkError = error };
        }

        if (outcome.Data?.IssuedBadges?.FirstOrDefault(b => b?.CustomerId == customerId) is not { } issued)
        {
            return new CustomerEnrolment(customerId, EnrolmentOutcome.Unknown, chunkId);
        }

        return new CustomerEnrolment(customerId, issued.Error is null ? EnrolmentOutcome.Enrolled : EnrolmentOutcome.Failed, chunkId)
        {
            IssuedId = issued.IssuedId,
            Status = ExtensibleEnum.From<BadgeStatus>(issued.Status),
            Error = issued.Error is { } refused ? new BadgeError(refused.Code, refused.Message, refused.Reference) : null,
        };
    }

    private async Task<ChunkOutcome> SendChunkAsync(IssueBulkRequest request, long[] customers, string chunkId, CancellationToken cancellationToken)
    {
        var body = new IssueBulkWire
        {
            BadgeMetaId = request.BadgeId,
            Customers = customers,
            RequestId = chunkId,
            IssueEventDateIso = request.EventDate,
            TriggeredBy = request.TriggeredBy is { } trigger ? new TriggerWire { OwnerType = trigger.OwnerType.Value, ReferenceId = trigger.ReferenceId } : null,
        };
        var call = new BadgeHttpRequest("IssueBulk", HttpMethod.Post, "api_gateway/v1/badges/badgeMeta/customer/issueBulk")
        {
            JsonBody = JsonSerializer.SerializeToUtf8Bytes(body, LoyaltyJsonContext.Default.IssueBulkWire),
            RequestId = chunkId,
            Safety = RetrySafety.Idempotent,
        };
        try
        {
            var (data, warnings, _) = await SendAsync(call, LoyaltyJsonContext.Default.CapillaryEnvelopeIssueBulkDataWire, cancellationToken).ConfigureAwait(false);
            return new ChunkOutcome(data, warnings, null);
        }
        catch (BadgeApiException error)
        {
            return new ChunkOutcome(null, [], error);
        }
        catch (OperationCanceledException cancelled) when (cancellationToken.IsCancellationRequested)
        {
            return new ChunkOutcome(null, [], cancelled);
        }
    }

    // Content-derived, so the same customers keep their id across reruns and other customers never share it.
    private static string ChunkId(string requestId, long[] customers)
    {
        var text = string.Join(',', customers.Select(c => c.ToString(CultureInfo.InvariantCulture)));
        return $"{requestId}-{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 8)).ToLowerInvariant()}";
    }

    private sealed record ChunkOutcome(IssueBulkDataWire? Data, IReadOnlyList<BadgeError> Warnings, Exception? Error);
}
