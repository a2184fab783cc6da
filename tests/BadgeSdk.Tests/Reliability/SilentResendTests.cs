using BadgeSdk.Issuance;
using BadgeSdk.Testing;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Reliability;

/// <summary>
/// SocketsHttpHandler resends a request that has no content when a pooled connection closes before
/// the answer begins. A write must never be sent again behind the retry policy's back: the
/// webhook-style GET issue is the one write without a body.
/// </summary>
public sealed class SilentResendTests : IAsyncLifetime
{
    private BadgeEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await BadgeEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task A_get_issue_on_a_reused_connection_that_closes_unanswered_is_sent_once_and_may_have_been_processed()
    {
        using var client = _emulator.CreateIssuanceClient(o =>
        {
            Clients.Shorten(o);
            o.Retry.MaxRetries = 0;
        });
        await client.ListBadgeTemplatesAsync();
        _emulator.Faults.CloseNext(1, pathContains: "issue/create");
        var before = _emulator.RequestCount;

        var error = await Assert.ThrowsAsync<BadgeTransientException>(() => client.IssueBadgeViaGetAsync(new IssueBadgeRequest("abc123", "Ada") { IdempotencyKey = "rerun-key-7" }));

        // Resent by the connection, the issue would meet its own key and read as a plain conflict.
        Assert.Equal(1, _emulator.RequestCount - before);
        Assert.True(error.MayHaveBeenProcessed);
        Assert.Equal("rerun-key-7", error.IdempotencyKey);
        Assert.Equal("rerun-key-7", Assert.Single(_emulator.Issuance.Issued).IdempotencyKey);
    }

    [Fact]
    public async Task With_retries_the_sdk_resends_it_and_the_rejected_callers_key_reads_as_probably_issued()
    {
        using var client = _emulator.CreateIssuanceClient(Clients.Shorten);
        await client.ListBadgeTemplatesAsync();
        _emulator.Faults.CloseNext(1, pathContains: "issue/create");
        var before = _emulator.RequestCount;

        var error = await Assert.ThrowsAsync<BadgeProbablyIssuedException>(() => client.IssueBadgeViaGetAsync(new IssueBadgeRequest("abc123", "Ada") { IdempotencyKey = "rerun-key-8" }));

        Assert.Equal(2, _emulator.RequestCount - before);
        Assert.True(error.MayHaveBeenProcessed);
        Assert.Single(_emulator.Issuance.Issued);
    }
}
