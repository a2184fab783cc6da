using BadgeSdk.Core.Http;

namespace BadgeSdk;

/// <summary>What every BadgeSdk client shares: its transport, and the connection pool it owns when it built its own.</summary>
/// <remarks>Clients are thread-safe and meant to be long-lived; dispose one you constructed yourself.</remarks>
public abstract class BadgeClient : IDisposable
{
    private readonly BadgeClientContext? _context;

    /// <summary>Initializes an instance for mocking; calls on it fail unless overridden.</summary>
    protected BadgeClient()
    {
    }

    private protected BadgeClient(BadgeClientContext context) => _context = context;

    private protected BadgeTransport Transport
        => _context?.Transport ?? throw new InvalidOperationException("This client was created for mocking; override the method you call.");

    /// <summary>Releases the connection pool when the client created its own.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases resources.</summary>
    /// <param name="disposing">Whether this is a call to <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _context?.Dispose();
        }
    }
}
