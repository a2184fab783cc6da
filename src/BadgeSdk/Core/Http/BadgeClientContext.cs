using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BadgeSdk.Core.Http;

/// <summary>What an area client needs to make calls: its transport, and the HTTP client it owns (when it built its own).</summary>
internal sealed class BadgeClientContext : IDisposable
{
    private BadgeClientContext(BadgeTransport transport, HttpClient? owned)
    {
        Transport = transport;
        Owned = owned;
    }

    public BadgeTransport Transport { get; }

    public HttpClient? Owned { get; }

    /// <summary>A client that builds and owns its handler chain (no dependency injection).</summary>
    /// <param name="options">The options; checked here.</param>
    /// <param name="api">The API's display name.</param>
    /// <param name="loggerFactory">Where to log, or <see langword="null"/>.</param>
    /// <param name="primary">The innermost handler, or <see langword="null"/> for the network.</param>
    /// <returns>The context.</returns>
    /// <exception cref="ArgumentException">A setting is invalid; the message names it.</exception>
    public static BadgeClientContext Standalone(BadgeClientOptions options, string api, ILoggerFactory? loggerFactory, HttpMessageHandler? primary)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        var logger = Logger(options, loggerFactory);
        var http = BadgeHttpClientFactory.Create(options, options.CreateAuthenticator(logger), api, logger, primary);
        return new BadgeClientContext(new BadgeTransport(() => http, options, api, logger), http);
    }

    /// <summary>A client whose handler chain comes from <c>IHttpClientFactory</c>.</summary>
    /// <param name="options">The options, validated at start-up.</param>
    /// <param name="api">The API's display name.</param>
    /// <param name="loggerFactory">Where to log.</param>
    /// <param name="createClient">Gives a client from the factory for each call.</param>
    /// <returns>The context.</returns>
    public static BadgeClientContext FromFactory(BadgeClientOptions options, string api, ILoggerFactory? loggerFactory, Func<HttpClient> createClient)
        => new(new BadgeTransport(createClient, options, api, Logger(options, loggerFactory)), null);

    public void Dispose() => Owned?.Dispose();

    private static ILogger Logger(BadgeClientOptions options, ILoggerFactory? loggerFactory)
        => (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger($"BadgeSdk.{options.SectionName}");
}
