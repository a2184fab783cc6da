namespace BadgeSdk.Tests.Infrastructure;

/// <summary>A clock the test moves by hand (FakeTimeProvider is not obtainable here).</summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    private DateTimeOffset _now;

    public ManualTimeProvider()
        : this(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>Only the wall clock is fixed; timers and timestamps stay real, so timeouts and backoff still run.</summary>
    public ManualTimeProvider(DateTimeOffset now) => _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
