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

        var exitCode = await QuickStartApp.RunAsync(new ConfigurationBuilder().Build(), output, emulator, CancellationToken.None);

        var text = output.ToString();
        Assert.Equal(0, exitCode);
        Assert.StartsWith("No credentials configured: running against the built-in BadgeSdk emulator", text, StringComparison.Ordinal);
        var url = Regex.Match(text, @"Issued badge \S+: (?<url>http\S+)").Groups["url"].Value;
        using var http = new HttpClient();
        using var page = await http.GetAsync(new Uri(url));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Single(emulator.Issuance.Issued);
        Assert.Single(emulator.Passes.Notifications);
        Assert.Equal(3, emulator.Loyalty.Enrolments.Count);
        Assert.Contains("Customer 1003: Enrolled", text, StringComparison.Ordinal);
    }
}
