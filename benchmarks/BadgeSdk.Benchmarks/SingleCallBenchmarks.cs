using BenchmarkDotNet.Attributes;

namespace BadgeSdk.Benchmarks;

/// <summary>
/// One issue call over real loopback HTTP to the in-process Kestrel stub: the floor (hand-written
/// <see cref="HttpClient"/>) against the SDK standalone, without resilience, and through DI;
/// one call at a time and 32 at once (each invocation then makes 32 calls). Time ratios swing on a
/// shared machine; see the <c>ab</c> mode for stable ones. Allocations here are per invocation.
/// </summary>
[MemoryDiagnoser]
public class SingleCallBenchmarks
{
    private StubServer _stub = null!;
    private Scenarios _scenarios = null!;

    [Params(1, 32)]
    public int Parallel { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _stub = StubServer.StartAsync().GetAwaiter().GetResult();
        _scenarios = new Scenarios(_stub.Address);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _scenarios.Dispose();
        _stub.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true)]
    public Task Floor() => Scenarios.RunAsync(_scenarios.FloorIssueAsync, Parallel, Parallel);

    [Benchmark]
    public Task SdkDefault() => Scenarios.RunAsync(() => _scenarios.IssueAsync(_scenarios.Standalone), Parallel, Parallel);

    [Benchmark]
    public Task SdkNoResilience() => Scenarios.RunAsync(() => _scenarios.IssueAsync(_scenarios.NoResilience), Parallel, Parallel);

    [Benchmark]
    public Task SdkThroughDi() => Scenarios.RunAsync(() => _scenarios.IssueAsync(_scenarios.ThroughDi), Parallel, Parallel);
}
