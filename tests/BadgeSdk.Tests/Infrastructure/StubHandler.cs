using System.Net;
using System.Text;

namespace BadgeSdk.Tests.Infrastructure;

/// <summary>An in-memory server for unit tests: answers each request with the next response and records what it saw.</summary>
internal sealed class StubHandler : HttpMessageHandler
{
    private readonly Func<HttpRequestMessage, int, HttpResponseMessage> _respond;

    public StubHandler(Func<HttpRequestMessage, int, HttpResponseMessage> respond) => _respond = respond;

    public List<HttpRequestMessage> Requests { get; } = [];

    public bool Disposed { get; private set; }

    public static StubHandler Always(HttpStatusCode status, string body = "{}", string mediaType = "application/json")
        => new((_, _) => Json(status, body, mediaType));

    public static HttpResponseMessage Json(HttpStatusCode status, string body, string mediaType = "application/json")
        => new(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) };

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Disposed, this);
        Requests.Add(request);
        return Task.FromResult(_respond(request, Requests.Count));
    }

    protected override void Dispose(bool disposing)
    {
        Disposed = true;
        base.Dispose(disposing);
    }
}
