using System.Net;
using System.Text.RegularExpressions;
using BadgeSdk.Testing;
using Microsoft.Extensions.Configuration;
using QuickStart;

namespace BadgeSdk.Tests.Samples;

public sealed class QuickStartTests
{
    [Fact]
    public async Task Runs_to_completion_against_the_emulator_and_prints_a_public_url_that_resolves()
    {
        await using var emulator = await BadgeEmulator.StartAsync();
        using var output = new StringWriter();

        var exitCode = await QuickStartApp.RunAsync(new ConfigurationBuilder().Build(), output, TextReader.Null, assumeYes: false, emulator, CancellationToken.None);

        var text = output.ToString();
        Assert.Equal(0, exitCode);
        Assert.StartsWith("No credentials configured: running against the built-in BadgeSdk emulator", text, StringComparison.Ordinal);
        Assert.Contains("To call the real APIs, set BadgeSdk__Issuance__ApiToken; BadgeSdk__Passes__ApiKey; BadgeSdk__Loyalty__TillId", text, StringComparison.Ordinal);
        Assert.Matches(new Regex("^Issued badge ", RegexOptions.Multiline), text);
        var url = Regex.Match(text, @"Issued badge \S+: (?<url>http\S+)").Groups["url"].Value;
        using var http = new HttpClient();
        using var page = await http.GetAsync(new Uri(url));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Single(emulator.Issuance.Issued);
        Assert.Single(emulator.Passes.Notifications);
        Assert.Equal(3, emulator.Loyalty.Enrolments.Count);
        Assert.Contains("Customer 1003: Enrolled", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_one_vendors_credentials_that_vendor_is_real_and_the_rest_run_on_the_emulator()
    {
        // "Real" IssueBadge is a second emulator, configured the way a user configures the real one.
        await using var real = await BadgeEmulator.StartAsync();
        await using var emulator = await BadgeEmulator.StartAsync();
        using var output = new StringWriter();

        var exitCode = await QuickStartApp.RunAsync(IssuanceOnly(real), output, TextReader.Null, assumeYes: true, emulator, CancellationToken.None);

        var text = output.ToString();
        Assert.Equal(0, exitCode);
        Assert.Contains($"IssueBadge: the real API at {real.IssuanceOptions().BaseAddress}, with your credentials.", text, StringComparison.Ordinal);
        Assert.Contains($"Badge passes: the BadgeSdk emulator at {emulator.BaseAddress} (set BadgeSdk__Passes__ApiKey to use the real API).", text, StringComparison.Ordinal);
        Assert.Contains($"Capillary: the BadgeSdk emulator at {emulator.BaseAddress}", text, StringComparison.Ordinal);
        Assert.Single(real.Issuance.Issued);
        Assert.Empty(emulator.Issuance.Issued);
        Assert.Single(emulator.Passes.Notifications);
        Assert.Equal(3, emulator.Loyalty.Enrolments.Count);
    }

    [Theory]
    [InlineData("n\n", "Nothing was sent.")]
    [InlineData("", "No answer (input closed): pass --yes to make the real calls without asking. Nothing was sent.")]
    public async Task With_real_credentials_it_asks_first_and_a_no_sends_nothing(string answer, string said)
    {
        await using var real = await BadgeEmulator.StartAsync();
        await using var emulator = await BadgeEmulator.StartAsync();
        using var output = new StringWriter();

        var exitCode = await QuickStartApp.RunAsync(IssuanceOnly(real), output, new StringReader(answer), assumeYes: false, emulator, CancellationToken.None);

        var text = output.ToString();
        Assert.Equal(1, exitCode);
        Assert.Contains("This makes real calls that cannot be undone: IssueBadge issues (and emails) a badge to ada@example.com.", text, StringComparison.Ordinal);
        Assert.Contains("Continue? [y/N] ", text, StringComparison.Ordinal);
        Assert.EndsWith(said + Environment.NewLine, text, StringComparison.Ordinal);
        Assert.Equal((0, 0), (real.RequestCount, emulator.RequestCount));
    }

    [Fact]
    public async Task With_real_credentials_a_yes_runs_the_tour()
    {
        await using var real = await BadgeEmulator.StartAsync();
        await using var emulator = await BadgeEmulator.StartAsync();
        using var output = new StringWriter();

        var exitCode = await QuickStartApp.RunAsync(IssuanceOnly(real), output, new StringReader("y\n"), assumeYes: false, emulator, CancellationToken.None);

        Assert.Equal(0, exitCode);
        Assert.Single(real.Issuance.Issued);
    }

    [Fact]
    public async Task Ctrl_C_ends_with_one_line_and_exit_code_130()
    {
        await using var emulator = await BadgeEmulator.StartAsync();
        emulator.Faults.SetLatency(TimeSpan.FromSeconds(10));
        using var output = new StringWriter();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var exitCode = await QuickStartApp.RunAsync(new ConfigurationBuilder().Build(), output, TextReader.Null, assumeYes: false, emulator, cancel.Token);

        var lines = output.ToString().TrimEnd().Split(Environment.NewLine);
        Assert.Equal(130, exitCode);
        Assert.Equal("Stopped (Ctrl+C). Calls that completed stand; nothing else was sent.", lines[^1]);
        Assert.Equal(3, lines.Length);
    }

    private static IConfiguration IssuanceOnly(BadgeEmulator real) => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["BadgeSdk:Issuance:BaseAddress"] = real.IssuanceOptions().BaseAddress.ToString(),
        ["BadgeSdk:Issuance:ApiToken"] = real.Options.IssuanceToken,
    }).Build();
}
