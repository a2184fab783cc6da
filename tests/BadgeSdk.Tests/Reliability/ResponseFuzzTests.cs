using System.Diagnostics;
using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace BadgeSdk.Tests.Reliability;

/// <summary>
/// Every response the SDK reads, garbled: each documented answer cut at every byte and each of its
/// fields given every wrong JSON type (in 200 and 500), plus random JSON, random mutations of every
/// documented answer and random bytes (FsCheck, in 200, 201, 400 and 500). The caller always gets a result or a <see cref="BadgeApiException"/>,
/// never a parser's or mapper's own exception or a hang; a write whose 2xx answer was cut short is
/// never reported as a failure that did not happen. Random runs per property: <c>BADGESDK_FUZZ_RUNS</c>
/// (default <see cref="DefaultRuns"/>).
/// </summary>
public sealed class ResponseFuzzTests(ITestOutputHelper output)
{
    public const int DefaultRuns = 150;

    public static TheoryData<string> Operations
    {
        get
        {
            var names = new TheoryData<string>();
            foreach (var operation in ParsedOperation.All)
            {
                names.Add(operation.Name);
            }

            return names;
        }
    }

    private static int Runs => int.TryParse(Environment.GetEnvironmentVariable("BADGESDK_FUZZ_RUNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var runs) && runs > 0 ? runs : DefaultRuns;

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Documents_cut_at_every_byte_are_read_or_reported(string name)
    {
        var operation = Find(name);
        using var probe = new ResponseProbe(operation);
        var clock = Stopwatch.StartNew();
        var violations = new List<string>();
        foreach (var (document, success) in operation.SweepDocuments.Select(d => (d, operation.Successes.Contains(d))))
        {
            foreach (var prefix in JsonFuzz.Prefixes(document))
            {
                foreach (var status in JsonFuzz.SweepStatuses)
                {
                    Collect(violations, await probe.ProbeAsync(status, prefix, "application/json", cutShortSuccess: success));
                }
            }

            // The whole document too: it must read.
            foreach (var status in JsonFuzz.Statuses)
            {
                Collect(violations, await probe.ProbeAsync(status, Encoding.UTF8.GetBytes(document), "application/json"));
            }
        }

        Report(probe, "cut documents", clock, violations);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Every_field_of_the_wrong_type_is_read_or_reported(string name)
    {
        var operation = Find(name);
        using var probe = new ResponseProbe(operation);
        var clock = Stopwatch.StartNew();
        var violations = new List<string>();
        foreach (var document in operation.SweepDocuments)
        {
            foreach (var garbled in JsonFuzz.WrongTypes(document))
            {
                var body = Encoding.UTF8.GetBytes(garbled);
                foreach (var status in JsonFuzz.SweepStatuses)
                {
                    Collect(violations, await probe.ProbeAsync(status, body, "application/json"));
                }
            }
        }

        Report(probe, "wrong types", clock, violations);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Random_json_random_mutations_and_random_bytes_are_read_or_reported(string name)
    {
        var operation = Find(name);
        using var probe = new ResponseProbe(operation);
        var clock = Stopwatch.StartNew();
        var documents = operation.Successes.Concat(operation.Errors).ToList();
        var config = Config.QuickThrowOnFailure.WithMaxTest(Runs).WithQuietOnSuccess(true);

        // FsCheck's properties are synchronous; off the test's synchronization context, blocking is safe.
        await Task.Run(() =>
        {
            Check.One(config, Prop.ForAll(JsonFuzz.RandomDocuments(documents), input => Holds(probe.Probe(input.Status, Encoding.UTF8.GetBytes(input.Body), "application/json"))));
            Check.One(config, Prop.ForAll(JsonFuzz.RandomMutations(documents), input => Holds(probe.Probe(input.Status, Encoding.UTF8.GetBytes(input.Body), "application/json"))));
            Check.One(config, Prop.ForAll(JsonFuzz.RandomBytes(), input => Holds(probe.Probe(input.Status, input.Body, input.MediaType))));
        });

        Report(probe, "random", clock, []);
    }

    private static ParsedOperation Find(string name) => ParsedOperation.All.Single(o => o.Name == name);

    // A property that fails with the reason, so FsCheck's report says what the SDK did.
    private static bool Holds(string? violation) => violation is null ? true : throw new InvalidOperationException(violation);

    private static void Collect(List<string> violations, string? violation)
    {
        if (violation is not null)
        {
            violations.Add(violation);
        }
    }

    private void Report(ResponseProbe probe, string kind, Stopwatch clock, List<string> violations)
    {
        output.WriteLine($"{kind}: {probe.Calls} calls in {clock.Elapsed.TotalSeconds:0.0} s, {violations.Count} violations");
        Assert.True(violations.Count == 0, $"{violations.Count} of {probe.Calls} answers ended badly; the first ones:\n{string.Join("\n\n", violations.Distinct().Take(5))}");
    }
}
