using System.Text;
using System.Text.Json;
using BadgeSdk.Core.Json;
using BenchmarkDotNet.Attributes;

namespace BadgeSdk.Benchmarks;

/// <summary>Reading Capillary's timestamp forms.</summary>
[MemoryDiagnoser]
public class TimestampBenchmarks
{
    private static readonly byte[] Seconds = Encoding.UTF8.GetBytes("1716803487");
    private static readonly byte[] Fraction = Encoding.UTF8.GetBytes("1713850688.811401000");
    private static readonly byte[] Iso = Encoding.UTF8.GetBytes("\"2024-05-27T09:51:27Z\"");

    [Benchmark]
    public DateTimeOffset EpochSeconds() => Read(Seconds);

    [Benchmark]
    public DateTimeOffset FractionalSeconds() => Read(Fraction);

    [Benchmark]
    public DateTimeOffset IsoString() => Read(Iso);

    private static DateTimeOffset Read(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        return FlexibleTimestamp.Read(ref reader) ?? throw new InvalidOperationException("No timestamp read.");
    }
}
