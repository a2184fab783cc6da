using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using BadgeSdk.Benchmarks.Floor;
using BadgeSdk.Issuance;
using Microsoft.Extensions.DependencyInjection;

namespace BadgeSdk.Benchmarks;

/// <summary>
/// Cold start: a fresh process per run makes its first successful issue call, through a raw
/// <see cref="HttpClient"/> (the floor's code), <c>new IssuanceClient</c>, or dependency injection.
/// The stub runs warm in the parent, so only the client side is cold. Each child reports the time
/// from its process start to the first success, and the methods the JIT compiled on the way.
/// </summary>
internal static class ColdStart
{
    private static readonly string[] Modes = ["raw", "standalone", "di"];

    public static async Task<int> RunAsync(string[] args)
    {
        var runs = AbMode.Option(args, "--runs", 21);
        await using var stub = await StubServer.StartAsync();
        var samples = Modes.ToDictionary(m => m, _ => new List<(double SinceStart, double Call, double Jit, double Methods)>());
        Console.WriteLine($"# cold start, {runs} runs per mode, {Environment.ProcessorCount} cores, load average {AbMode.LoadAverage()}, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        for (var run = 0; run < runs; run++)
        {
            for (var k = 0; k < Modes.Length; k++)
            {
                var mode = Modes[(k + run) % Modes.Length];
                samples[mode].Add(await RunChildAsync(mode, stub.Address));
            }
        }

        Console.WriteLine("| path | process start to first success (median) | vs raw | the call itself (median) | JIT-compiled methods | JIT time |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        var raw = AbMode.Median(samples["raw"].Select(s => s.SinceStart));
        foreach (var mode in Modes)
        {
            var s = samples[mode];
            var since = AbMode.Median(s.Select(x => x.SinceStart));
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {mode} | {since:0} ms | {since / raw:0.00} | {AbMode.Median(s.Select(x => x.Call)):0} ms | {AbMode.Median(s.Select(x => x.Methods)):0} | {AbMode.Median(s.Select(x => x.Jit)):0} ms |"));
        }

        return 0;
    }

    /// <summary>In the child: one first call, then one line of numbers.</summary>
    public static async Task<int> OnceAsync(string mode, Uri stub)
    {
        var started = Stopwatch.GetTimestamp();
        switch (mode)
        {
            case "raw":
                using (var floor = new FloorClient(stub, new AuthenticationHeaderValue("Bearer", Scenarios.Token)))
                {
                    _ = await floor.IssueAsync(new() { BadgeId = "abc123", Name = "John Doe", Email = "john@example.com", IdempotencyKey = "bench-key-0001" });
                }

                break;
            case "standalone":
                using (var client = new IssuanceClient(new IssuanceClientOptions { ApiToken = Scenarios.Token, BaseAddress = stub }))
                {
                    _ = await client.IssueBadgeAsync(Scenarios.SdkIssueRequest());
                }

                break;
            case "di":
                var services = new ServiceCollection();
                services.AddBadgeIssuance(o =>
                {
                    o.ApiToken = Scenarios.Token;
                    o.BaseAddress = stub;
                });
                await using (var provider = services.BuildServiceProvider())
                {
                    _ = await provider.GetRequiredService<IssuanceClient>().IssueBadgeAsync(Scenarios.SdkIssueRequest());
                }

                break;
            default:
                throw new ArgumentException($"Unknown mode {mode}.", nameof(mode));
        }

        var call = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var sinceStart = (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{sinceStart:0.0} {call:0.0} {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0.0} {System.Runtime.JitInfo.GetCompiledMethodCount()}"));
        return 0;
    }

    private static async Task<(double, double, double, double)> RunChildAsync(string mode, Uri stub)
    {
        var self = typeof(ColdStart).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(self);
        start.ArgumentList.Add("cold-once");
        start.ArgumentList.Add(mode);
        start.ArgumentList.Add(stub.AbsoluteUri);
        using var child = Process.Start(start)!;
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"The {mode} child failed ({child.ExitCode}): {output}");
        }

        var numbers = output.Trim().Split(' ').Select(n => double.Parse(n, CultureInfo.InvariantCulture)).ToArray();
        return (numbers[0], numbers[1], numbers[2], numbers[3]);
    }
}
