using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using BadgeSdk.Core.Auth;
using BadgeSdk.Core.Validation;
using BadgeSdk.Loyalty.Wire;
using BadgeSdk.Core.Telemetry;
using Microsoft.Extensions.Logging;

namespace BadgeSdk.Loyalty.Auth;

/// <summary>
/// Capillary OAuth: trades the API client key and secret for an access token at
/// <c>POST {base}/v3/oauth/token/generate</c>, caches it, refreshes it before it expires and once
/// after a 401, and lets concurrent callers share one refresh.
/// </summary>
/// <remarks>
/// The answer is not trusted blindly: a token that is not printable ASCII without spaces (a line
/// break would inject headers) is a <see cref="BadgeAuthenticationException"/> and is never sent,
/// and <c>ttlSeconds</c> is clamped to between 1 second and 24 hours.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "SemaphoreSlim owns no unmanaged handle unless AvailableWaitHandle is read, which this type never does.")]
internal sealed class CapillaryOAuthAuthenticator : BadgeAuthenticator
{
    /// <summary>The token path Capillary documents, relative to the cluster's base address.</summary>
    public const string DefaultTokenPath = "v3/oauth/token/generate";

    // Bounds on the server's ttlSeconds: a huge value would overflow the expiry time, and a token
    // cached for weeks would outlive a rotated secret; zero or less would never be usable.
    private const long MinTtlSeconds = 1;
    private const long MaxTtlSeconds = 24 * 60 * 60;

    private readonly string _key;
    private readonly string _secret;
    private readonly string _headerName;
    private readonly Uri _tokenEndpoint;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private CachedToken? _current;

    public CapillaryOAuthAuthenticator(string key, string secret, string headerName, Uri tokenEndpoint, TimeProvider time, ILogger logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(secret);
        ArgumentException.ThrowIfNullOrWhiteSpace(headerName);
        ArgumentNullException.ThrowIfNull(tokenEndpoint);
        _key = key;
        _secret = secret;
        _headerName = headerName;
        _tokenEndpoint = tokenEndpoint;
        _time = time;
        _logger = logger;
    }

    public override async ValueTask<string?> ApplyAsync(HttpRequestMessage request, HttpSender send, CancellationToken cancellationToken)
    {
        var token = await GetTokenAsync(send, rejected: null, cancellationToken).ConfigureAwait(false);
        request.Headers.Remove(_headerName);

        // Checked when it arrived; Add validates again, so nothing unchecked reaches the wire.
        request.Headers.Add(_headerName, token);
        return token;
    }

    public override async ValueTask<bool> RefreshAfterUnauthorizedAsync(HttpRequestMessage request, string? rejectedCredential, HttpSender send, CancellationToken cancellationToken)
    {
        // The token may have been revoked or the clocks may disagree; one fresh token is worth a try.
        await GetTokenAsync(send, rejectedCredential, cancellationToken).ConfigureAwait(false);
        return true;
    }

    public override string ToString() => $"OAuth ({_headerName}: ***)";

    private async ValueTask<string> GetTokenAsync(HttpSender send, string? rejected, CancellationToken cancellationToken)
    {
        var cached = _current;
        if (IsUsable(cached, rejected))
        {
            return cached!.Value;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another caller may have refreshed while this one waited: use its token.
            cached = _current;
            if (IsUsable(cached, rejected))
            {
                return cached!.Value;
            }

            _current = await FetchAsync(send, cancellationToken).ConfigureAwait(false);
            return _current.Value;
        }
        finally
        {
            _gate.Release();
        }
    }

    private bool IsUsable(CachedToken? token, string? rejected)
        => token is not null
           && !string.Equals(token.Value, rejected, StringComparison.Ordinal)
           && _time.GetUtcNow() < token.RefreshAt;

    private async Task<CachedToken> FetchAsync(HttpSender send, CancellationToken cancellationToken)
    {
        var endpoint = _tokenEndpoint;
        var body = JsonSerializer.SerializeToUtf8Bytes(new OAuthTokenRequest(_key, _secret), LoyaltyJsonContext.Default.OAuthTokenRequest);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };
        using var response = await send(request, cancellationToken).ConfigureAwait(false);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        OAuthTokenResponse? parsed = null;
        try
        {
            parsed = JsonSerializer.Deserialize(bytes, LoyaltyJsonContext.Default.OAuthTokenResponse);
        }
        catch (JsonException)
        {
            // Reported below without the body: a token response must never reach an exception message.
        }

        var token = parsed?.Data?.AccessToken;
        if (!response.IsSuccessStatusCode || string.IsNullOrEmpty(token))
        {
            var errors = CapillaryErrorWire.ToErrors(parsed?.Errors);
            var detail = errors.Count > 0 ? $" Capillary said: {errors[0].Code} {errors[0].Message}" : string.Empty;
            var failure = $"Capillary did not issue an OAuth token (HTTP {(int)response.StatusCode}).{detail}";
            if (response.StatusCode is HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500)
            {
                // The token endpoint failing is an outage, not bad credentials: let the caller retry.
                throw new HttpRequestException(failure, null, response.StatusCode);
            }

            throw new BadgeAuthenticationException(failure) { StatusCode = (int)response.StatusCode, Errors = errors };
        }

        if (HeaderText.CredentialProblem(token, allowSpaces: false) is { } problem)
        {
            // Sent as is, a line break would let the token endpoint inject headers into every call;
            // the message never quotes the token.
            throw new BadgeAuthenticationException($"Capillary issued an OAuth token that cannot be sent in the {_headerName} header: it {problem}. The token was not used.")
            {
                StatusCode = (int)response.StatusCode,
            };
        }

        var ttl = TimeSpan.FromSeconds(Math.Clamp(parsed!.Data!.TtlSeconds, MinTtlSeconds, MaxTtlSeconds));
        var margin = TimeSpan.FromTicks(Math.Min(TimeSpan.FromSeconds(30).Ticks, ttl.Ticks / 10));
        BadgeLog.TokenRefreshed(_logger, endpoint.Host, ttl.TotalSeconds);
        return new CachedToken(token, _time.GetUtcNow() + ttl - margin);
    }

    private sealed record CachedToken(string Value, DateTimeOffset RefreshAt)
    {
        public override string ToString() => $"CachedToken {{ Value = ***, RefreshAt = {RefreshAt:O} }}";
    }
}
