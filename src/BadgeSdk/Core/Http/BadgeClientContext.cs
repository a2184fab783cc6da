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

    /// <summary>A client that builds its handler chain itself (no dependency injection).</summary>
    /// <param name="options">The options; checked, then frozen.</param>
    /// <param name="dialect">How the API reports outcomes.</param>
    /// <param name="loggerFactory">Where to log, or <see langword="null"/>.</param>
    /// <param name="primary">The innermost handler (the caller's, wrapped so it is not disposed), or <see langword="null"/> for the SDK's own network handler.</param>
    /// <returns>The context.</returns>
    /// <exception cref="ArgumentException">A setting is invalid; the message names it.</exception>
    public static BadgeClientContext Standalone(BadgeClientOptions options, ResponseDialect dialect, ILoggerFactory? loggerFactory, HttpMessageHandler? primary)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        options.Freeze();
        var logger = Logger(options, loggerFactory);
        var pipeline = new BadgePipeline(options, options.CreateAuthenticator(logger), dialect, logger);

        // The pipeline owns timeouts, so the client's own is off.
        var http = new HttpClient(pipeline.Over(primary ?? BadgePipeline.CreatePrimaryHandler()), disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        return new BadgeClientContext(new BadgeTransport(() => http, options, dialect, logger), http);
    }

    /// <summary>A client whose handler chain comes from <c>IHttpClientFactory</c>.</summary>
    /// <param name="options">The options, validated at start-up; frozen here.</param>
    /// <param name="dialect">How the API reports outcomes.</param>
    /// <param name="loggerFactory">Where to log.</param>
    /// <param name="createClient">Gives a client from the factory for each call.</param>
    /// <returns>The context.</returns>
    public static BadgeClientContext FromFactory(BadgeClientOptions options, ResponseDialect dialect, ILoggerFactory? loggerFactory, Func<HttpClient> createClient)
    {
        options.Freeze();
        return new(new BadgeTransport(createClient, options, dialect, Logger(options, loggerFactory)), null);
    }

    public void Dispose() => Owned?.Dispose();

    private static ILogger Logger(BadgeClientOptions options, ILoggerFactory? loggerFactory)
        => (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger($"BadgeSdk.{options.SectionName}");
}
