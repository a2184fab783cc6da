namespace BadgeSdk;

/// <summary>
/// When to stop calling a failing API for a while. While the circuit is open calls fail at once
/// with <see cref="BadgeTransientException"/> instead of adding load to a struggling server.
/// </summary>
public sealed class BadgeCircuitBreakerOptions
{
    /// <summary>Gets or sets a value indicating whether the circuit breaker is on. Default <see langword="true"/>.</summary>
    public bool Enabled { get; set { ThrowIfFrozen(); field = value; } } = true;

    /// <summary>Gets or sets the share of failed attempts (0 to 1) in the sampling window that opens the circuit. Default 0.5.</summary>
    public double FailureRatio { get; set { ThrowIfFrozen(); field = value; } } = 0.5;

    /// <summary>Gets or sets how many attempts the window must hold before the ratio counts. Default 20.</summary>
    public int MinimumThroughput { get; set { ThrowIfFrozen(); field = value; } } = 20;

    /// <summary>Gets or sets the sampling window: 0.5 s to 24 h. Default 30 s.</summary>
    public TimeSpan SamplingDuration { get; set { ThrowIfFrozen(); field = value; } } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets how long the circuit stays open before a trial call: 0.5 s to 24 h. Default 15 s.</summary>
    public TimeSpan BreakDuration { get; set { ThrowIfFrozen(); field = value; } } = TimeSpan.FromSeconds(15);

    private bool _frozen;

    /// <summary>Makes the settings read-only: a client uses them from now on.</summary>
    internal void Freeze() => _frozen = true;

    private void ThrowIfFrozen() => FrozenOptions.ThrowIf(_frozen);
}
