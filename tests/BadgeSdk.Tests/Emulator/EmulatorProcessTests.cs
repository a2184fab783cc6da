using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BadgeSdk.Issuance;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Emulator;

public sealed class EmulatorProcessTests
{
    [Fact]
    public async Task Runs_as_its_own_process_and_keeps_its_state_across_clients()
    {
        await using var emulator = await EmulatorProcess.StartAsync("--port", "0");
        var options = new IssuanceClientOptions { BaseAddress = new Uri(emulator.BaseAddress, "api/v1/"), ApiToken = "emulator-issuebadge-token" };

        using (var first = new IssuanceClient(options))
        {
            await first.IssueBadgeAsync(new IssueBadgeRequest("abc123", "Ada") { IdempotencyKey = "shared-1" }, CancellationToken.None);
        }

        using var second = new IssuanceClient(new IssuanceClientOptions { BaseAddress = options.BaseAddress, ApiToken = options.ApiToken });
        var conflict = await Assert.ThrowsAsync<BadgeConflictException>(() => second.IssueBadgeAsync(new IssueBadgeRequest("abc123", "Ada") { IdempotencyKey = "shared-1" }, CancellationToken.None));
        Assert.Equal(409, conflict.StatusCode);
        using var http = new HttpClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri(emulator.BaseAddress, "v/EMU00001"))).StatusCode);
        Assert.Contains("BadgeSdk__Issuance__ApiToken=emulator-issuebadge-token", emulator.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Listens_on_the_port_it_is_given()
    {
        int port;
        using (var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        await using var emulator = await EmulatorProcess.StartAsync("--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(port, emulator.BaseAddress.Port);
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(emulator.BaseAddress, "api/v1/validate-key")) { Content = JsonContent.Create(new JsonObject { ["api_key"] = "emulator-issuebadge-token" }) };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "emulator-issuebadge-token");
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_process_running_the_emulator_ends_promptly_on_SIGTERM()
    {
        // Before the emulator left the console's signals alone, its host took SIGTERM and the
        // process ran on.
        await using var emulator = await EmulatorProcess.StartAsync("--port", "0");
        var clock = Stopwatch.StartNew();

        emulator.Signal("TERM");
        var exited = emulator.Process.WaitForExit(TimeSpan.FromSeconds(5));

        Assert.True(exited, $"still running {clock.Elapsed} after SIGTERM");
    }

    [Fact]
    public async Task Ctrl_C_stops_it_with_one_line()
    {
        await using var emulator = await EmulatorProcess.StartAsync("--port", "0");

        emulator.Signal("INT");
        var exited = emulator.Process.WaitForExit(TimeSpan.FromSeconds(5));

        Assert.True(exited, "still running 5 s after SIGINT");
        Assert.Equal(0, emulator.Process.ExitCode);
        Assert.EndsWith("Emulator stopped after 0 requests.", emulator.Output, StringComparison.Ordinal);
    }
}
