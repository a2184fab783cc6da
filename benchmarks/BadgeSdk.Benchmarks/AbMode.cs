using System.Diagnostics;
using System.Globalization;

namespace BadgeSdk.Benchmarks;

/// <summary>
/// Interleaved A/B: the floor and each SDK row run in alternating blocks within every round (the
/// order rotates per round), and the median of the per-round time ratios is reported. On a shared,
/// loaded machine a slow spell then hits both sides of a ratio, where BenchmarkDotNet's separate
/// runs compare different spells. Allocations are process-wide (<c>GC.GetTotalAllocatedBytes(true)</c>),
/// so the stub's own share is the same on both sides and cancels in the difference.
/// </summary>
internal static class AbMode
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = Option(args, "--rounds", 101);
        var calls = Option(args, "--calls", 1000);
        var bulkRounds = Option(args, "--bulk-rounds", 21);
        var only = OptionText(args, "--only");
        await using var stub = await StubServer.StartAsync();
        using var scenarios = new Scenarios(stub.Address);

        // With a listener on the drift counter, as an app exporting the SDK's metrics has, every
        // successful body is also walked for contract drift; without one the walk is skipped.
        using var drift = args.Contains("--drift-listener") ? ListenToDrift() : null;
        Console.WriteLine($"# A/B{(drift is null ? string.Empty : " with a contract-drift listener")}, {Environment.ProcessorCount} cores, load average {LoadAverage()}, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");

        if (only is null or "single")
        {
            var rows = new (string Name, Func<Task> Call)[]
            {
                ("floor", scenarios.FloorIssueAsync),
                ("BadgeSdk default (new IssuanceClient)", () => scenarios.IssueAsync(scenarios.Standalone)),
                ("BadgeSdk EnableResilience = false", () => scenarios.IssueAsync(scenarios.NoResilience)),
                ("BadgeSdk through DI (AddBadgeIssuance)", () => scenarios.IssueAsync(scenarios.ThroughDi)),
            };
            foreach (var parallel in new[] { 1, 32 })
            {
                Report($"one issue call, {(parallel == 1 ? "sequential" : $"{parallel} at once")}, {rounds} rounds x {calls} calls", rows, await MeasureAsync(rows.Select(r => r.Call).ToArray(), rounds, calls, parallel), calls);
            }
        }

        if (only is null or "bulk")
        {
            foreach (var size in new[] { 10_000, 100_000 })
            {
                var rows = new (string Name, Func<Task> Call)[]
                {
                    ("hand-written chunked loop (floor)", () => scenarios.FloorBulkAsync(size)),
                    ("BadgeSdk IssueBulkAsync", () => scenarios.SdkBulkAsync(size)),
                };
                var bulkRoundsHere = size >= 100_000 ? Math.Max(3, bulkRounds / 2) : bulkRounds;
                Report($"issueBulk of {size:N0} customers, {bulkRoundsHere} rounds x 1 call", rows, await MeasureAsync(rows.Select(r => r.Call).ToArray(), bulkRoundsHere, 1, 1), 1);
            }
        }

        Console.WriteLine($"# stub answered {StubServer.Requests:N0} requests");
        return 0;
    }

    private static System.Diagnostics.Metrics.MeterListener ListenToDrift()
    {
        var listener = new System.Diagnostics.Metrics.MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "BadgeSdk" && instrument.Name == "badgesdk.contract.drift")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.Start();
        return listener;
    }

    /// <summary>Returns, per row, each round's elapsed ticks and allocated bytes.</summary>
    private static async Task<(long[] Ticks, long[] Bytes)[]> MeasureAsync(Func<Task>[] rows, int rounds, int calls, int parallel)
    {
        // Warm-up: JIT, tiering, connection pools.
        for (var warm = 0; warm < 3; warm++)
        {
            foreach (var row in rows)
            {
                await Scenarios.RunAsync(row, Math.Min(calls, 200), parallel);
            }
        }

        var results = rows.Select(_ => (Ticks: new long[rounds], Bytes: new long[rounds])).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var k = 0; k < rows.Length; k++)
            {
                var i = (k + round) % rows.Length;
                var before = GC.GetTotalAllocatedBytes(precise: true);
                var started = Stopwatch.GetTimestamp();
                await Scenarios.RunAsync(rows[i], calls, parallel);
                results[i].Ticks[round] = Stopwatch.GetTimestamp() - started;
                results[i].Bytes[round] = GC.GetTotalAllocatedBytes(precise: true) - before;
            }
        }

        return results;
    }

    private static void Report(string title, (string Name, Func<Task> Call)[] rows, (long[] Ticks, long[] Bytes)[] results, int calls)
    {
        Console.WriteLine();
        Console.WriteLine($"## {title}");
        Console.WriteLine("| row | time vs floor (median of round ratios) | IQR of ratios | median time per call | allocated per call | over the floor |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        var floor = results[0];
        var floorBytes = Median(floor.Bytes.Select(b => (double)b / calls));
        for (var i = 0; i < rows.Length; i++)
        {
            var ratios = results[i].Ticks.Select((t, r) => (double)t / floor.Ticks[r]).ToArray();
            var perCall = Median(results[i].Ticks.Select(t => t * 1e6 / Stopwatch.Frequency / calls));
            var bytes = Median(results[i].Bytes.Select(b => (double)b / calls));
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {rows[i].Name} | {Median(ratios):0.000} | {Percentile(ratios, 0.25):0.00}-{Percentile(ratios, 0.75):0.00} | {Time(perCall)} | {Bytes(bytes)} | {(i == 0 ? "-" : Bytes(bytes - floorBytes, signed: true))} |"));
        }
    }

    private static string Time(double micros) => micros >= 10_000
        ? string.Create(CultureInfo.InvariantCulture, $"{micros / 1000:0.0} ms")
        : string.Create(CultureInfo.InvariantCulture, $"{micros:0.0} µs");

    private static string Bytes(double bytes, bool signed = false)
    {
        var sign = signed && bytes >= 0 ? "+" : string.Empty;
        return Math.Abs(bytes) >= 1024 * 1024
            ? string.Create(CultureInfo.InvariantCulture, $"{sign}{bytes / 1024 / 1024:0.00} MB")
            : string.Create(CultureInfo.InvariantCulture, $"{sign}{bytes / 1024:0.00} KB");
    }

    internal static double Median(IEnumerable<double> values) => Percentile(values.ToArray(), 0.5);

    internal static double Percentile(double[] values, double p)
    {
        var sorted = values.Order().ToArray();
        var at = p * (sorted.Length - 1);
        var low = (int)Math.Floor(at);
        var high = (int)Math.Ceiling(at);
        return sorted[low] + ((sorted[high] - sorted[low]) * (at - low));
    }

    internal static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    internal static int Option(string[] args, string name, int fallback)
        => OptionText(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    internal static string? OptionText(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
