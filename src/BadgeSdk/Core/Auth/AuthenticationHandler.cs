using System.Net;
using BadgeSdk.Core.Http;

namespace BadgeSdk.Core.Auth;

/// <summary>
/// The innermost handler: applies credentials to every attempt (retries included) and, when the
/// scheme can refresh, resends once after a 401 with a fresh token.
/// </summary>
internal sealed class AuthenticationHandler : DelegatingHandler
{
    private readonly BadgeAuthenticator _authenticator;
    private readonly HttpSender _sendInner;

    public AuthenticationHandler(BadgeAuthenticator authenticator)
    {
        _authenticator = authenticator;
        _sendInner = base.SendAsync;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var log = (request as BadgeRequestMessage)?.Attempts;
        log?.AttemptStarted();

#pragma warning disable CA2012 // Consumed once: read when already complete, otherwise awaited once below.
        var applying = _authenticator.ApplyAsync(request, _sendInner, cancellationToken);
#pragma warning restore CA2012
        if (applying.IsCompletedSuccessfully && applying.Result is null)
        {
            // A fixed credential has nothing to refresh after a 401, so the attempt needs no state of its own.
            log?.RequestSent();
            return base.SendAsync(request, cancellationToken);
        }

        return SendRefreshingAsync(request, applying, log, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendRefreshingAsync(HttpRequestMessage request, ValueTask<string?> applying, AttemptLog? log, CancellationToken cancellationToken)
    {
        var used = await applying.ConfigureAwait(false);
        log?.RequestSent();
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized
            || !await _authenticator.RefreshAfterUnauthorizedAsync(request, used, _sendInner, cancellationToken).ConfigureAwait(false))
        {
            return response;
        }

        response.Dispose();
        await _authenticator.ApplyAsync(request, _sendInner, cancellationToken).ConfigureAwait(false);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
