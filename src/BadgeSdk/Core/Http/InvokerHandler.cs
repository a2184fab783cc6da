namespace BadgeSdk.Core.Http;

/// <summary>
/// Puts the caller's own <see cref="HttpClient"/> or <see cref="HttpMessageHandler"/> (proxy,
/// custom TLS, a test handler) under the SDK's handlers, without taking ownership of it.
/// </summary>
internal sealed class InvokerHandler : HttpMessageHandler
{
    private readonly HttpMessageInvoker? _handler;
    private readonly HttpClient? _client;

    private InvokerHandler(HttpMessageInvoker? handler, HttpClient? client)
    {
        _handler = handler;
        _client = client;
    }

    /// <summary>Sends through the caller's client; its own timeout and default headers apply too.</summary>
    /// <param name="client">The caller's client; never disposed by the SDK.</param>
    /// <returns>The handler.</returns>
    public static InvokerHandler For(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return new(null, client);
    }

    /// <summary>Sends through the caller's handler.</summary>
    /// <param name="handler">The caller's handler; never disposed by the SDK.</param>
    /// <returns>The handler.</returns>
    public static InvokerHandler For(HttpMessageHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return new(new HttpMessageInvoker(handler, disposeHandler: false), null);
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)

        // HttpClient refuses a message another HttpClient already sent, so it gets a copy per attempt.
        => _client is not null ? _client.SendAsync(Copy(request), cancellationToken) : _handler!.SendAsync(request, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _handler?.Dispose();
        }

        base.Dispose(disposing);
    }

    private static HttpRequestMessage Copy(HttpRequestMessage request)
    {
        var copy = request is BadgeRequestMessage call
            ? new BadgeRequestMessage(call.Method, call.RequestUri!, call.Safety, call.Attempts)
            : new HttpRequestMessage(request.Method, request.RequestUri);
        copy.Content = request.Content;
        copy.Version = request.Version;
        copy.VersionPolicy = request.VersionPolicy;
        foreach (var header in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        foreach (var option in request.Options)
        {
            ((IDictionary<string, object?>)copy.Options)[option.Key] = option.Value;
        }

        return copy;
    }
}
