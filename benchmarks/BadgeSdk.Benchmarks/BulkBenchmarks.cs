using BenchmarkDotNet.Attributes;

namespace BadgeSdk.Benchmarks;

/// <summary>issueBulk of 10,000 and 100,000 customers: the SDK against a hand-written chunked loop (chunks of 100, four at once) over loopback HTTP.</summary>
[MemoryDiagnoser]
public class BulkBenchmarks
{
    private StubServer _stub = null!;
    private Scenarios _scenarios = null!;

    [Params(10_000, 100_000)]
    public int Customers { get; set; }

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
    public Task Floor() => _scenarios.FloorBulkAsync(Customers);

    [Benchmark]
    public Task Sdk() => _scenarios.SdkBulkAsync(Customers);
}
