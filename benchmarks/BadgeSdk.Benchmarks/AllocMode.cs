using System.Diagnostics.Tracing;
using System.Globalization;

namespace BadgeSdk.Benchmarks;

/// <summary>
/// Where a row's bytes go: the runtime's allocation sampling (<c>GCAllocationTick</c>, one event per
/// about 100 KB allocated) attributed by type, per row, so the SDK's share over the floor can be read
/// type by type. Sampling makes the split approximate; the totals are the exact process-wide bytes.
/// </summary>
internal static class AllocMode
{
    public static async Task<int> RunAsync(string[] args)
    {
        var calls = AbMode.Option(args, "--calls", 50_000);
        var top = AbMode.Option(args, "--top", 25);
        await using var stub = await StubServer.StartAsync();
        using var scenarios = new Scenarios(stub.Address);
        var bulk = AbMode.OptionText(args, "--only") == "bulk";
        var rows = bulk
            ? new (string Name, Func<Task> Call)[]
            {
                ("hand-written chunked loop (floor), 10,000 customers", () => scenarios.FloorBulkAsync(10_000)),
                ("BadgeSdk IssueBulkAsync, 10,000 customers", () => scenarios.SdkBulkAsync(10_000)),
            }
            : new (string Name, Func<Task> Call)[]
            {
                ("floor", scenarios.FloorIssueAsync),
                ("BadgeSdk default (new IssuanceClient)", () => scenarios.IssueAsync(scenarios.Standalone)),
                ("BadgeSdk EnableResilience = false", () => scenarios.IssueAsync(scenarios.NoResilience)),
                ("BadgeSdk through DI (AddBadgeIssuance)", () => scenarios.IssueAsync(scenarios.ThroughDi)),
            };
        if (bulk)
        {
            calls = Math.Min(calls, 20);
        }

        Console.WriteLine($"# allocation by type, {calls:N0} sequential calls per row, .NET {Environment.Version}");
        foreach (var (name, call) in rows)
        {
            await Scenarios.RunAsync(call, Math.Min(calls, 1_000), 1);
            using var sampler = new Sampler();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            await Scenarios.RunAsync(call, calls, 1);
            var total = GC.GetTotalAllocatedBytes(precise: true) - before;
            Report(name, sampler.Snapshot(), total, calls, top);
        }

        return 0;
    }

    private static void Report(string row, Dictionary<string, long> samples, long total, int calls, int top)
    {
        var sampled = Math.Max(1, samples.Values.Sum());
        Console.WriteLine();
        Console.WriteLine($"## {row}: {total / (double)calls:N0} B per call");
        Console.WriteLine("| type | share | about B per call |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (type, bytes) in samples.OrderByDescending(s => s.Value).Take(top))
        {
            var share = bytes / (double)sampled;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| `{Short(type)}` | {share:P1} | {share * total / calls:N0} |"));
        }
    }

    // An async method's box is named by its state machine: "async Type.Method" reads better than the full generic name.
    private static string Short(string type)
    {
        const string Box = "AsyncStateMachineBox`1[";
        if (!type.StartsWith(Box, StringComparison.Ordinal))
        {
            return type;
        }

        var machine = type[(type.IndexOf(',', StringComparison.Ordinal) + 1)..];
        var end = machine.IndexOfAny(['`', '[', ',', ']']);
        machine = end < 0 ? machine : machine[..end];
        var method = System.Text.RegularExpressions.Regex.Match(type, @"\+<([^>]+)>").Groups[1].Value;
        var owner = machine.Split('+')[0];
        return $"async {owner[(owner.LastIndexOf('.') + 1)..]}.{method}";
    }

    private sealed class Sampler : EventListener
    {
        private const int AllocationTick = 10;
        private readonly Dictionary<string, long> _bytes = [];

        public Dictionary<string, long> Snapshot()
        {
            lock (_bytes)
            {
                return new Dictionary<string, long>(_bytes);
            }
        }

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventId != AllocationTick || eventData.Payload is not { } payload || eventData.PayloadNames is not { } names)
            {
                return;
            }

            var type = payload[names.IndexOf("TypeName")] as string ?? "?";
            var amount = Convert.ToInt64(payload[names.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
            lock (_bytes)
            {
                _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
            }
        }
    }
}
