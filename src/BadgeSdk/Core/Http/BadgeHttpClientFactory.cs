using BadgeSdk.Core.Auth;
using Microsoft.Extensions.Logging;

namespace BadgeSdk.Core.Http;

/// <summary>Builds the handler chain for a client constructed without dependency injection.</summary>
internal static class BadgeHttpClientFactory
{
    /// <summary>Creates the chain: resilience (when on), then authentication, then the network handler.</summary>
    /// <param name="options">The client's options.</param>
    /// <param name="authenticator">How requests are authenticated.</param>
    /// <param name="api">The API's display name.</param>
    /// <param name="logger">The logger.</param>
    /// <param name="primary">The innermost handler; a pooled <see cref="SocketsHttpHandler"/> when <see langword="null"/>.</param>
    /// <returns>A client whose own timeout is off: the pipeline owns timeouts.</returns>
    public static HttpClient Create(BadgeClientOptions options, BadgeAuthenticator authenticator, string api, ILogger logger, HttpMessageHandler? primary = null)
    {
        // A bounded connection lifetime lets DNS changes take effect in a long-lived singleton client.
        HttpMessageHandler handler = primary ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        handler = CreateHandlers(options, authenticator, api, logger, handler);
        return new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>Wraps <paramref name="inner"/> in the SDK's handlers.</summary>
    /// <param name="options">The client's options.</param>
    /// <param name="authenticator">How requests are authenticated.</param>
    /// <param name="api">The API's display name.</param>
    /// <param name="logger">The logger.</param>
    /// <param name="inner">The handler to wrap.</param>
    /// <returns>The outermost handler.</returns>
    public static HttpMessageHandler CreateHandlers(BadgeClientOptions options, BadgeAuthenticator authenticator, string api, ILogger logger, HttpMessageHandler inner)
    {
        HttpMessageHandler handler = new AuthenticationHandler(authenticator) { InnerHandler = inner };
        if (options.EnableResilience)
        {
            handler = new ResilienceHandler(BadgeResiliencePipeline.Create(options, api, logger)) { InnerHandler = handler };
        }

        return handler;
    }
}
