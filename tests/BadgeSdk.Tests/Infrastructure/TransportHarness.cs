using BadgeSdk.Core.Auth;
using BadgeSdk.Core.Http;
using Microsoft.Extensions.Logging;

namespace BadgeSdk.Tests.Infrastructure;

/// <summary>
/// A Core transport pointed at WireMock under a path prefix of its own, so each test's stubs and
/// journal entries are its own.
/// </summary>
internal sealed class TransportHarness : IDisposable
{
    private readonly HttpClient _http;

    public TransportHarness(WireMockServer server, BadgeAuthenticator authenticator, Action<TestClientOptions>? configure = null, HttpMessageHandler? primary = null)
        : this(server, (_, _) => authenticator, configure, primary)
    {
    }

    /// <summary>For authenticators that need the base address (OAuth's token endpoint is relative to it).</summary>
    public TransportHarness(WireMockServer server, Func<Uri, ILogger, BadgeAuthenticator> authenticator, Action<TestClientOptions>? configure = null, HttpMessageHandler? primary = null)
    {
        Prefix = $"/t/{Guid.NewGuid():N}/";
        Options = new TestClientOptions(new Uri(server.BaseUri, Prefix));
        configure?.Invoke(Options);
        Logger = Logs.CreateLogger("BadgeSdk.Test");
        var pipeline = new BadgePipeline(Options, authenticator(Options.BaseAddress, Logger), TestDialect.Instance, Logger);
        _http = new HttpClient(pipeline.Over(primary ?? BadgePipeline.CreatePrimaryHandler())) { Timeout = Timeout.InfiniteTimeSpan };
        Transport = new BadgeTransport(() => _http, Options, TestDialect.Instance, Logger);
    }

    public string Prefix { get; }

    public TestClientOptions Options { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    public ILogger Logger { get; }

    public BadgeTransport Transport { get; }

    public string Path(string relative) => Prefix + relative;

    public void Dispose() => _http.Dispose();
}
