using BadgeSdk.Core.Auth;
using BadgeSdk.Core.Http;

namespace BadgeSdk.Tests.Infrastructure;

/// <summary>
/// The Core transport over the SDK's handler chain and an in-memory handler, under an API name of
/// its own (see <see cref="ProbeDialect"/>), logging to <see cref="Logs"/>.
/// </summary>
internal sealed class ProbeTransport : IDisposable
{
    private readonly HttpClient _http;

    public ProbeTransport(HttpMessageHandler handler, Action<TestClientOptions>? configure = null)
    {
        Options = new TestClientOptions(new Uri("https://api.test/"));
        Options.Retry.BaseDelay = TimeSpan.FromMilliseconds(1);
        Options.Retry.MaxDelay = TimeSpan.FromMilliseconds(5);
        configure?.Invoke(Options);
        var logger = Logs.CreateLogger("BadgeSdk.Probe");
        var pipeline = new BadgePipeline(Options, new BearerTokenAuthenticator("t"), Dialect, logger);
        _http = new HttpClient(pipeline.Over(InvokerHandler.For(handler))) { Timeout = Timeout.InfiniteTimeSpan };
        Transport = new BadgeTransport(() => _http, Options, Dialect, logger);
    }

    public ProbeDialect Dialect { get; } = new();

    public string Api => Dialect.Api;

    public TestClientOptions Options { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    public BadgeTransport Transport { get; }

    public void Dispose() => _http.Dispose();
}
