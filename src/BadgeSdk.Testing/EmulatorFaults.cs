using Microsoft.AspNetCore.Http;

namespace BadgeSdk.Testing;

/// <summary>
/// Fault injection for your own resilience tests: fail the next calls with a status (503, 429 with
/// <c>Retry-After</c>), reset connections before or after the request takes effect, close them
/// cleanly without an answer after it took effect, add latency.
/// Each fault may be limited to paths that contain a given text.
/// </summary>
public sealed class EmulatorFaults
{
    private readonly List<PlannedFault> _planned = [];
    private long _latencyTicks;
    private int _injected;

    /// <summary>Answers the next <paramref name="count"/> matching calls with <paramref name="status"/>, without acting on them.</summary>
    /// <param name="count">How many calls.</param>
    /// <param name="status">The HTTP status, for example 503.</param>
    /// <param name="retryAfter">A <c>Retry-After</c> to send, for example with 429.</param>
    /// <param name="pathContains">Only calls whose path contains this text; every call when <see langword="null"/>.</param>
    public void FailNext(int count, int status, TimeSpan? retryAfter = null, string? pathContains = null)
        => Plan(count, new PlannedFault(EmulatorFault.Status, status, retryAfter, pathContains));

    /// <summary>Drops the connection of the next <paramref name="count"/> matching calls.</summary>
    /// <param name="count">How many calls.</param>
    /// <param name="afterProcessing">Whether the call takes effect before the connection drops (an ambiguous failure) or not.</param>
    /// <param name="pathContains">Only calls whose path contains this text; every call when <see langword="null"/>.</param>
    public void ResetNext(int count, bool afterProcessing, string? pathContains = null)
        => Plan(count, new PlannedFault(afterProcessing ? EmulatorFault.ResetAfterProcessing : EmulatorFault.ResetBeforeProcessing, 0, null, pathContains));

    /// <summary>
    /// Lets the next <paramref name="count"/> matching calls take effect, then closes each connection
    /// cleanly (a TCP FIN) without writing any of the answer. Unlike
    /// <see cref="ResetNext(int, bool, string?)"/>, which resets the connection, the client sees the
    /// response end before it began: the other common way an answer is lost after the work was done.
    /// </summary>
    /// <param name="count">How many calls.</param>
    /// <param name="pathContains">Only calls whose path contains this text; every call when <see langword="null"/>.</param>
    public void CloseNext(int count, string? pathContains = null)
        => Plan(count, new PlannedFault(EmulatorFault.CloseAfterProcessing, 0, null, pathContains));

    /// <summary>Delays every answer by <paramref name="latency"/> (zero turns it off).</summary>
    /// <param name="latency">The delay.</param>
    public void SetLatency(TimeSpan latency) => Interlocked.Exchange(ref _latencyTicks, latency.Ticks);

    /// <summary>Removes every planned fault and the latency.</summary>
    public void Clear()
    {
        lock (_planned)
        {
            _planned.Clear();
        }

        SetLatency(TimeSpan.Zero);
    }

    /// <summary>
    /// Gets how many planned faults have been applied to calls so far, so a test can check that the
    /// faults it planned really happened (a fault waits for a matching call).
    /// </summary>
    public int Injected => Volatile.Read(ref _injected);

    internal TimeSpan Latency => TimeSpan.FromTicks(Interlocked.Read(ref _latencyTicks));

    internal PlannedFault? Take(PathString path)
    {
        lock (_planned)
        {
            // The first planned fault that matches the path; others stay for later calls.
            var index = _planned.FindIndex(f => f.PathContains is null || path.Value?.Contains(f.PathContains, StringComparison.OrdinalIgnoreCase) == true);
            if (index < 0)
            {
                return null;
            }

            var fault = _planned[index];
            _planned.RemoveAt(index);
            _injected++;
            return fault;
        }
    }

    private void Plan(int count, PlannedFault fault)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        lock (_planned)
        {
            _planned.AddRange(Enumerable.Repeat(fault, count));
        }
    }

    internal sealed record PlannedFault(EmulatorFault Kind, int Status, TimeSpan? RetryAfter, string? PathContains);
}
