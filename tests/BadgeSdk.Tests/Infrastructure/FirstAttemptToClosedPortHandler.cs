namespace BadgeSdk.Tests.Infrastructure;

/// <summary>Sends the first attempt to a port nobody listens on, so the network really refuses it.</summary>
internal sealed class FirstAttemptToClosedPortHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    private int _attempts;

    public Exception? FirstFailure { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _attempts) > 1)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        var original = request.RequestUri!;
        request.RequestUri = new UriBuilder(original) { Port = ClosedPort() }.Uri;
        try
        {
            return await base.SendAsync(request, cancellationToken);
        }
        catch (Exception e)
        {
            FirstFailure = e;
            throw;
        }
        finally
        {
            request.RequestUri = original;
        }
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
