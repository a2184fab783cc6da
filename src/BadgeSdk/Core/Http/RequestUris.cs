namespace BadgeSdk.Core.Http;

/// <summary>
/// Resolves request paths against a client's base address, keeping the last answer: a client in a
/// loop calls one path again and again, and parsing a <see cref="Uri"/> per call costs more than the
/// rest of building the message. A <see cref="Uri"/> is immutable, so sharing it is safe.
/// </summary>
internal sealed class RequestUris
{
    private readonly Uri _baseAddress;
    private volatile Resolved? _last;

    public RequestUris(Uri baseAddress) => _baseAddress = baseAddress;

    public Uri For(string path)
    {
        var last = _last;
        if (last is not null && string.Equals(last.Path, path, StringComparison.Ordinal))
        {
            return last.Uri;
        }

        var uri = new Uri(_baseAddress, path);
        _last = new Resolved(path, uri);
        return uri;
    }

    private sealed record Resolved(string Path, Uri Uri);
}
