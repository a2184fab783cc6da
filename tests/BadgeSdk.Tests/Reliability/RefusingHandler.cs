using System.Net;
using System.Net.Sockets;

namespace BadgeSdk.Tests.Reliability;

/// <summary>
/// Sends the first <c>refusals</c> attempts to a loopback port nobody listens on, so the network
/// really refuses them; later attempts go where they were meant to. Never follows redirects, like
/// the SDK's own network handler.
/// </summary>
internal sealed class RefusingHandler(int refusals) : DelegatingHandler(new SocketsHttpHandler { AllowAutoRedirect = false })
{
    private int _attempts;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _attempts) > refusals)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        var original = request.RequestUri!;
        request.RequestUri = new UriBuilder(original) { Port = ClosedPort() }.Uri;
        try
        {
            return await base.SendAsync(request, cancellationToken);
        }
        finally
        {
            request.RequestUri = original;
        }
    }

    private static int ClosedPort()
    {
        // A port the OS just handed out and took back: nothing listens there.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
