using System.Net.Sockets;
using System.Text;
using BadgeSdk.Issuance;
using BadgeSdk.Testing;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Emulator;

/// <summary>
/// The emulator's connection faults, seen from the socket: a clean close and a reset are different
/// failures for an HTTP client, and both must leave the request's effect in place.
/// </summary>
public sealed class EmulatorFaultTests : IAsyncLifetime
{
    private BadgeEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await BadgeEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task A_clean_close_processes_the_request_and_ends_the_stream_without_a_byte_of_answer()
    {
        _emulator.Faults.CloseNext(1, pathContains: "issue/create");

        var (bytes, error) = await SendRawIssueAsync("close-1");

        // A FIN where the status line should be: the read ends, it does not fail.
        Assert.Null(error);
        Assert.Equal(0, bytes);
        Assert.Equal("close-1", Assert.Single(_emulator.Issuance.Issued).IdempotencyKey);
        Assert.Equal(1, _emulator.Faults.Injected);
    }

    [Fact]
    public async Task A_reset_after_processing_is_a_connection_reset_not_a_clean_close()
    {
        _emulator.Faults.ResetNext(1, afterProcessing: true, pathContains: "issue/create");

        var (_, error) = await SendRawIssueAsync("reset-1");

        Assert.Equal(SocketError.ConnectionReset, Assert.IsType<SocketException>(error?.InnerException).SocketErrorCode);
        Assert.Single(_emulator.Issuance.Issued);
    }

    [Fact]
    public async Task Through_the_sdk_a_clean_close_after_the_issue_is_reported_as_probably_issued_and_issues_once()
    {
        using var client = _emulator.CreateIssuanceClient(Clients.Shorten);
        _emulator.Faults.CloseNext(1, pathContains: "issue/create");

        var error = await Assert.ThrowsAsync<BadgeProbablyIssuedException>(() => client.IssueBadgeAsync(new IssueBadgeRequest("abc123", "Grace")));

        Assert.True(error.MayHaveBeenProcessed);
        Assert.Equal(Assert.Single(_emulator.Issuance.Issued).IdempotencyKey, error.IdempotencyKey);
    }

    [Fact]
    public async Task Close_faults_wait_for_a_matching_path_and_clear_removes_them()
    {
        using var client = _emulator.CreateIssuanceClient(Clients.Shorten);
        _emulator.Faults.CloseNext(2, pathContains: "issue/create");

        await client.ListBadgeTemplatesAsync();
        Assert.Equal(0, _emulator.Faults.Injected);

        _emulator.Faults.Clear();
        await client.IssueBadgeAsync(new IssueBadgeRequest("abc123", "Ada"));
        Assert.Equal(0, _emulator.Faults.Injected);
    }

    /// <summary>Sends one IssueBadge POST over a raw socket and reads the first bytes of the answer.</summary>
    private async Task<(int Bytes, IOException? Error)> SendRawIssueAsync(string key)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(_emulator.BaseAddress.Host, _emulator.BaseAddress.Port);
        var stream = tcp.GetStream();
        var body = $$"""{"badge_id":"abc123","name":"Ada","idempotency_key":"{{key}}"}""";
        var request = $"POST {IssuanceEmulator.Root}issue/create HTTP/1.1\r\nHost: emulator\r\nAuthorization: Bearer {_emulator.Options.IssuanceToken}\r\n" +
            $"Content-Type: application/json\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}";
        await stream.WriteAsync(Encoding.UTF8.GetBytes(request));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            return (await stream.ReadAsync(new byte[1024], timeout.Token), null);
        }
        catch (IOException error)
        {
            return (-1, error);
        }
    }
}
