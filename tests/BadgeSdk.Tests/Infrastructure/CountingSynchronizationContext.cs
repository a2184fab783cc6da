namespace BadgeSdk.Tests.Infrastructure;

/// <summary>
/// A caller's context (a UI thread, classic ASP.NET) that counts the continuations posted back to
/// it; it runs them on the thread pool, so a test never deadlocks on a capture it means to catch.
/// </summary>
internal sealed class CountingSynchronizationContext : SynchronizationContext
{
    private int _posts;

    public int Posts => Volatile.Read(ref _posts);

    /// <summary>Starts <paramref name="call"/> with this context current, as a caller on that thread would, and restores the previous one.</summary>
    public Task<T> Start<T>(Func<Task<T>> call)
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            return call();
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }

    public override void Post(SendOrPostCallback d, object? state)
    {
        Interlocked.Increment(ref _posts);
        ThreadPool.QueueUserWorkItem(_ => d(state));
    }

    public override void Send(SendOrPostCallback d, object? state)
    {
        Interlocked.Increment(ref _posts);
        d(state);
    }

    public override SynchronizationContext CreateCopy() => this;
}
