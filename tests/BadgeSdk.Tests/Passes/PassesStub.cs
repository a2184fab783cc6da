using System.Net;
using BadgeSdk.Passes;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Passes;

/// <summary>A Passes client over an in-memory handler that keeps each request's path and body (the transport disposes the message once the call ends).</summary>
internal sealed class PassesStub : IDisposable
{
    private const string TokenAnswer = """{"token":"eyJ.t.s"}""";

    private const string EndpointAnswer = """{"id":"ep_1","secret":"whsec_AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcY","url":"https://example.com/h","enabledTopics":["pass.activated"],"enabled":true}""";

    public PassesStub(HttpStatusCode status = HttpStatusCode.OK, Action<PassesClientOptions>? configure = null)
    {
        Handler = new StubHandler((request, _) =>
        {
            var path = request.RequestUri!.AbsolutePath;
            using var reader = new StreamReader(request.Content?.ReadAsStream() ?? Stream.Null);
            Sent.Add((path, reader.ReadToEnd()));
            var body = path.EndsWith("sdkToken", StringComparison.Ordinal) ? TokenAnswer
                : path.EndsWith("webhookEndpoints", StringComparison.Ordinal) ? EndpointAnswer
                : """{"pass":{"downloadUrl":"https://example.com/d"}}""";
            return StubHandler.Json(status, (int)status < 300 ? body : """{"message":"no"}""");
        });
        var options = new PassesClientOptions { BaseAddress = new Uri("https://badge.test/"), ApiKey = "stub-key" };
        Clients.Shorten(options);
        configure?.Invoke(options);
        Client = new PassesClient(options, Handler);
    }

    public StubHandler Handler { get; }

    public PassesClient Client { get; }

    public List<(string Path, string Body)> Sent { get; } = [];

    public void Dispose()
    {
        Client.Dispose();
        Handler.Dispose();
    }
}
