using BadgeSdk.Core.Auth;
using BadgeSdk.Core.Http;
using Microsoft.Extensions.Logging;
using Polly;

namespace BadgeSdk.DependencyInjection;

/// <summary>
/// The long-lived parts of one registered client: its authenticator (with the cached OAuth token)
/// and its resilience pipeline (with the circuit breaker's state). IHttpClientFactory rebuilds
/// handlers every few minutes; these must outlive them.
/// </summary>
internal sealed class BadgeClientRuntime
{
    private readonly BadgeAuthenticator _authenticator;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public BadgeClientRuntime(BadgeClientOptions options, string api, ILogger logger)
    {
        _authenticator = options.CreateAuthenticator(logger);
        _pipeline = options.EnableResilience ? BadgeResiliencePipeline.Create(options, api, logger) : ResiliencePipeline<HttpResponseMessage>.Empty;
    }

    public DelegatingHandler CreateResilienceHandler() => new ResilienceHandler(_pipeline);

    public DelegatingHandler CreateAuthenticationHandler() => new AuthenticationHandler(_authenticator);
}
