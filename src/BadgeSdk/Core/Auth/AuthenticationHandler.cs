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

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(BadgeRequestOptions.Attempts, out var log))
        {
            log.AttemptStarted();
        }

        var used = await _authenticator.ApplyAsync(request, _sendInner, cancellationToken).ConfigureAwait(false);
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
