using BadgeSdk.Core.Auth;
using Microsoft.Extensions.Logging;
using Polly;

namespace BadgeSdk.Core.Http;

/// <summary>
/// The one definition of a client's handler chain, for the standalone and the dependency injection
/// paths alike: resilience (when on), then authentication, over a primary handler that never
/// follows redirects. It owns the parts that must outlive handler rotation: the authenticator
/// (with its cached OAuth token) and the resilience pipeline (with the circuit breaker's state).
/// </summary>
internal sealed class BadgePipeline
{
    private readonly BadgeAuthenticator _authenticator;
    private readonly ResiliencePipeline<HttpResponseMessage>? _resilience;

    public BadgePipeline(BadgeClientOptions options, BadgeAuthenticator authenticator, ResponseDialect dialect, ILogger logger)
    {
        _authenticator = authenticator;
        _resilience = options.EnableResilience ? BadgeResiliencePipeline.Create(options, dialect, logger) : null;
    }

    /// <summary>Creates the network handler the SDK uses when the caller brings none.</summary>
    /// <returns>A pooled handler that does not follow redirects (a redirect must never carry credentials elsewhere).</returns>
    public static HttpMessageHandler CreatePrimaryHandler()

        // A bounded connection lifetime lets DNS changes take effect in a long-lived singleton client.
        => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = false };

    /// <summary>Creates the SDK's handlers, outermost first; each call gives new instances over the same long-lived state.</summary>
    /// <returns>The handlers, unlinked.</returns>
    public IEnumerable<DelegatingHandler> CreateHandlers()
    {
        if (_resilience is not null)
        {
            yield return new ResilienceHandler(_resilience);
        }

        yield return new AuthenticationHandler(_authenticator);
    }

    /// <summary>Links the SDK's handlers over <paramref name="primary"/>.</summary>
    /// <param name="primary">The innermost handler.</param>
    /// <returns>The outermost handler.</returns>
    public HttpMessageHandler Over(HttpMessageHandler primary)
    {
        var handlers = CreateHandlers().ToList();
        for (var i = handlers.Count - 1; i >= 0; i--)
        {
            handlers[i].InnerHandler = primary;
            primary = handlers[i];
        }

        return primary;
    }
}
