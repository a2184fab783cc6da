using System.Net;
using System.Text;
using System.Text.Json;
using BadgeSdk.Core.Errors;
using BadgeSdk.Core.Http;
using BadgeSdk.Issuance.Wire;
using Microsoft.Extensions.Logging;

namespace BadgeSdk.Issuance;

/// <summary>
/// Client for the IssueBadge credential API: issue badges (POST or webhook-style GET), list and
/// create badge templates, and validate an API key.
/// </summary>
/// <remarks>
/// Thread-safe and meant to be long-lived (one per API token). Every write carries one
/// idempotency key for all of its attempts, so a retry never issues a second badge.
/// </remarks>
public class IssuanceClient : BadgeClient
{
    private readonly string _apiToken = string.Empty;

    /// <summary>Creates a client with its own connection pool and the SDK's handlers.</summary>
    /// <param name="options">The settings; <see cref="IssuanceClientOptions.ApiToken"/> is required.</param>
    /// <param name="loggerFactory">Where the SDK logs; nothing is logged when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">A setting is missing or invalid; the message names it.</exception>
    public IssuanceClient(IssuanceClientOptions options, ILoggerFactory? loggerFactory = null)
        : this(options, BadgeClientContext.Standalone(options, IssueBadgeDialect.Instance, loggerFactory, primary: null))
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
    public IssuanceClient(IssuanceClientOptions options, HttpMessageHandler handler, ILoggerFactory? loggerFactory = null)
        : this(options, BadgeClientContext.Standalone(options, IssueBadgeDialect.Instance, loggerFactory, InvokerHandler.For(handler)))
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
    public IssuanceClient(IssuanceClientOptions options, HttpClient httpClient, ILoggerFactory? loggerFactory = null)
        : this(options, BadgeClientContext.Standalone(options, IssueBadgeDialect.Instance, loggerFactory, InvokerHandler.For(httpClient)))
    {
    }

    /// <summary>Initializes an instance for mocking.</summary>
    protected IssuanceClient()
    {
    }

    /// <summary>Creates a client over a prepared transport (dependency injection, tests, emulators).</summary>
    internal IssuanceClient(IssuanceClientOptions options, BadgeClientContext context)
        : base(context)
    {
        _apiToken = options.ApiToken!;
    }

    /// <summary>
    /// Issues a badge to one recipient (<c>POST issue/create</c>).
    /// </summary>
    /// <param name="request">The badge and recipient.</param>
    /// <param name="cancellationToken">Cancels the call, backoff waits included.</param>
    /// <returns>The issue id, public URL and the idempotency key used.</returns>
    /// <exception cref="BadgeValidationException">The request is invalid (no request was sent), or the server rejected it.</exception>
    /// <exception cref="BadgeProbablyIssuedException">An earlier attempt was lost after it may have arrived, and the retry was rejected: the badge was probably issued.</exception>
    /// <exception cref="BadgeAuthenticationException">The API token was rejected.</exception>
    /// <exception cref="BadgeApiException">The server reported another failure, including HTTP 200 with <c>success:false</c>.</exception>
    public virtual async Task<IssueBadgeResult> IssueBadgeAsync(IssueBadgeRequest request, CancellationToken cancellationToken = default)
    {
        IssueBadgeValidator.Validate(request);
        var key = IdempotencyKey.ValueOrNew(request.IdempotencyKey);
        var call = new BadgeHttpRequest("IssueBadge", HttpMethod.Post, "issue/create")
        {
            KeyGeneratedBySdk = IdempotencyKey.IsUnset(request.IdempotencyKey),
            Content = IssueBadgeMapper.ToJson(request, key),
            IdempotencyKey = key,
        };
        return await IssueAsync(call, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Issues a badge with the webhook-style <c>GET issue/create</c>, the form no-code tools and
    /// email links use. Custom fields travel as <c>metadata[name]=value</c> (inferred); embedded
    /// images cannot travel in a query and are rejected before sending.
    /// </summary>
    /// <param name="request">The badge and recipient.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The issue id, public URL and the idempotency key used.</returns>
    /// <exception cref="BadgeValidationException">The request is invalid or cannot travel as a query (no request was sent), or the server rejected it.</exception>
    /// <exception cref="BadgeProbablyIssuedException">See <see cref="IssueBadgeAsync"/>.</exception>
    public virtual async Task<IssueBadgeResult> IssueBadgeViaGetAsync(IssueBadgeRequest request, CancellationToken cancellationToken = default)
    {
        IssueBadgeValidator.Validate(request);
        var key = IdempotencyKey.ValueOrNew(request.IdempotencyKey);
        var call = new BadgeHttpRequest("IssueBadgeViaGet", HttpMethod.Get, IssueBadgeMapper.ToQuery(request, key))
        {
            IdempotencyKey = key,
            KeyGeneratedBySdk = IdempotencyKey.IsUnset(request.IdempotencyKey),

            // The webhook-style GET issues a badge: a lost answer may hide one.
            IsWrite = true,
        };
        return await IssueAsync(call, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Lists the account's badge templates (<c>GET badge/getall</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The templates.</returns>
    /// <exception cref="BadgeApiException">The server reported a failure.</exception>
    public virtual async Task<IReadOnlyList<BadgeTemplate>> ListBadgeTemplatesAsync(CancellationToken cancellationToken = default)
    {
        var call = new BadgeHttpRequest("ListBadgeTemplates", HttpMethod.Get, "badge/getall");
        var (body, _) = await Transport.SendAsync(call, IssuanceJsonContext.Default.BadgeTemplateListResponse, cancellationToken).ConfigureAwait(false);
        return (body.Data ?? [])
            .OfType<BadgeTemplateItem>()
            .Select(t => new BadgeTemplate(t.Id ?? t.BadgeId ?? string.Empty, t.Name, t.Description, t.CreatedAt))
            .ToList();
    }

    /// <summary>
    /// Creates a badge template (<c>POST badge/create</c>): JSON, or multipart form data with the
    /// logo as <c>badge_logo</c> when <see cref="CreateBadgeTemplateRequest.Logo"/> is set.
    /// </summary>
    /// <param name="request">The template.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The server's answer; its schema is not published, so the id is read on a best-effort basis.</returns>
    /// <exception cref="BadgeValidationException">The request is invalid (no request was sent), or the server rejected it.</exception>
    public virtual async Task<CreateBadgeTemplateResult> CreateBadgeTemplateAsync(CreateBadgeTemplateRequest request, CancellationToken cancellationToken = default)
    {
        BadgeTemplateValidator.Validate(request);
        var key = IdempotencyKey.ValueOrNew(request.IdempotencyKey);
        var content = BadgeTemplateMapper.ToContent(request, key);
        var call = new BadgeHttpRequest("CreateBadgeTemplate", HttpMethod.Post, "badge/create")
        {
            KeyGeneratedBySdk = IdempotencyKey.IsUnset(request.IdempotencyKey),
            Content = content.Multipart,
            JsonBody = content.Json,
            IdempotencyKey = key,
        };
        var response = await Transport.SendAsync(call, cancellationToken).ConfigureAwait(false);
        var (body, _) = Transport.Reader.Read(call, response, IssuanceJsonContext.Default.CreateTemplateResponse);
        return new CreateBadgeTemplateResult(body.BadgeId ?? body.Id ?? body.Data?.BadgeId ?? body.Data?.Id, body.Message, key, Encoding.UTF8.GetString(response.Body));
    }

    /// <summary>Asks IssueBadge whether an API key is valid (<c>POST validate-key</c>).</summary>
    /// <param name="apiKey">The key to check; the client's own token when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether the key is accepted; a rejected key is a result, not an exception.</returns>
    public virtual async Task<ValidateApiKeyResult> ValidateApiKeyAsync(string? apiKey = null, CancellationToken cancellationToken = default)
    {
        var payload = new ValidateKeyPayload { ApiKey = apiKey ?? _apiToken };
        var call = new BadgeHttpRequest("ValidateApiKey", HttpMethod.Post, "validate-key")
        {
            JsonBody = JsonSerializer.SerializeToUtf8Bytes(payload, IssuanceJsonContext.Default.ValidateKeyPayload),

            // A POST that only asks: no failure of it can have changed anything.
            IsWrite = false,
        };
        var response = await Transport.SendAsync(call, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            return new ValidateApiKeyResult(false, response.TryRead(IssuanceJsonContext.Default.IssuanceEnvelope)?.Message);
        }

        var body = response.TryRead(IssuanceJsonContext.Default.IssuanceEnvelope);
        if (response.IsSuccess && body is not null)
        {
            return new ValidateApiKeyResult(body.Success != false, body.Message);
        }

        throw Transport.Reader.Failure(call, response, body?.ToReport() ?? ServerReport.None);
    }

    private async Task<IssueBadgeResult> IssueAsync(BadgeHttpRequest call, CancellationToken cancellationToken)
    {
        var response = await Transport.SendAsync(call, cancellationToken).ConfigureAwait(false);
        var (body, report) = Transport.Reader.Read(call, response, IssuanceJsonContext.Default.IssueBadgeResponse);
        var issueId = body.IssueId ?? body.IssueIdSnake;
        if (string.IsNullOrEmpty(issueId))
        {
            // Success without an id must not read as a failure a caller would retry with a new key.
            throw BadgeErrorFactory.Fill(
                new BadgeProbablyIssuedException($"{IssueBadgeDialect.ApiName} {call.Operation} reported success but sent no IssueId; the badge was issued with idempotency key '{call.IdempotencyKey}'."),
                call,
                response,
                report);
        }

        var url = body.PublicUrl ?? body.PublicUrlSnake;
        return new IssueBadgeResult(issueId, Uri.TryCreate(url, UriKind.Absolute, out var parsed) ? parsed : null, call.IdempotencyKey!);
    }
}
