using BadgeSdk.Issuance;
using BadgeSdk.Testing;
using BulkIssue;

namespace BadgeSdk.Tests.Samples;

public sealed class BulkIssueTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("bulkissue-");

    private string Input => Path.Combine(_folder.FullName, "recipients.csv");

    private string Output => Path.Combine(_folder.FullName, "results.csv");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Cancelled_midway_then_rerun_issues_every_row_exactly_once()
    {
        const int rows = 2000;
        await File.WriteAllLinesAsync(Input, ["name,email", .. Enumerable.Range(1, rows).Select(i => $"Person {i},person{i}@example.com")]);
        await using var emulator = await BadgeEmulator.StartAsync();
        using var client = emulator.CreateIssuanceClient();
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.Done >= rows / 3)
            {
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => BulkIssueJob.RunAsync(client, Settings(concurrency: 16), progress, cancel.Token));
        var afterFirstRun = emulator.Issuance.Issued.Count;
        var run = await BulkIssueJob.RunAsync(client, Settings(concurrency: 16), null, CancellationToken.None);

        Assert.InRange(afterFirstRun, rows / 3, rows - 1);
        Assert.Equal(rows, emulator.Issuance.Issued.Count);
        Assert.Equal(rows, emulator.Issuance.Issued.Select(i => i.IdempotencyKey).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, rows), run.Rows.Select(r => r.Row));
        Assert.All(run.Rows, r => Assert.True(r.IsDone, $"row {r.Row} is {r.Status}: {r.Error}"));
        Assert.InRange(run.Skipped, rows / 3, rows - 1);
    }

    [Fact]
    public async Task A_row_added_at_the_top_is_issued_and_nobody_gets_two()
    {
        // Row-numbered keys gave the new first row the old first row's key (so it was "already
        // issued") and every later row its predecessor's.
        await File.WriteAllLinesAsync(Input, ["name,email", "Ada,ada@example.com", "Bob,bob@example.com", "Cy,cy@example.com"]);
        await using var emulator = await BadgeEmulator.StartAsync();
        using var client = emulator.CreateIssuanceClient();
        await BulkIssueJob.RunAsync(client, Settings(), null, CancellationToken.None);

        await File.WriteAllLinesAsync(Input, ["name,email", "Zoe,zoe@example.com", "Ada,ada@example.com", "Bob,bob@example.com", "Cy,cy@example.com"]);
        var run = await BulkIssueJob.RunAsync(client, Settings(), null, CancellationToken.None);

        Assert.Equal(["Ada", "Bob", "Cy", "Zoe"], emulator.Issuance.Issued.Select(i => i.Name).Order());
        var now = Assert.Single(run.ThisRun);
        Assert.Equal(("Zoe", "issued", 1), (now.Name, now.Status, now.Row));
        Assert.Equal(3, run.Skipped);
        Assert.Equal(["Zoe", "Ada", "Bob", "Cy"], run.Rows.Select(r => r.Name));
    }

    [Fact]
    public async Task Rows_keyed_by_a_named_id_column_survive_an_email_change_only_when_not_yet_sent()
    {
        await File.WriteAllLinesAsync(Input, ["employee,name,email", "E1,Ada,ada@example.com", "E2,Bob,bob@example.com"]);
        await using var emulator = await BadgeEmulator.StartAsync();
        using var client = emulator.CreateIssuanceClient();
        await BulkIssueJob.RunAsync(client, Settings(idColumn: "Employee"), null, CancellationToken.None);
        await File.WriteAllLinesAsync(Input, ["employee,name,email", "E1,Ada,ada@new.example.com", "E2,Bob,bob@example.com"]);

        var refused = await Assert.ThrowsAsync<InputException>(() => BulkIssueJob.RunAsync(client, Settings(idColumn: "employee"), null, CancellationToken.None));

        Assert.Equal("recipients.csv no longer matches results.csv for 1 recipient(s): line 2 (abc123|E1), recorded as issued, changed: email 'ada@example.com' is now 'ada@new.example.com'. Restore the input, or use a new --output to start a separate run.", refused.Message);
        Assert.Equal(2, emulator.Issuance.Issued.Count);
    }

    [Fact]
    public async Task A_changed_or_removed_recipient_is_refused_saying_what_changed()
    {
        await File.WriteAllLinesAsync(Input, ["name,email", "Ada,ada@example.com", "Bob,bob@example.com"]);
        await using var emulator = await BadgeEmulator.StartAsync();
        using var client = emulator.CreateIssuanceClient();
        await BulkIssueJob.RunAsync(client, Settings(), null, CancellationToken.None);

        await File.WriteAllLinesAsync(Input, ["name,email", "Ada Lovelace,ada@example.com"]);
        var refused = await Assert.ThrowsAsync<InputException>(() => BulkIssueJob.RunAsync(client, Settings(), null, CancellationToken.None));

        Assert.Contains("for 2 recipient(s)", refused.Message, StringComparison.Ordinal);
        Assert.Contains("'Bob' (abc123|bob@example.com), recorded as issued, is no longer in recipients.csv", refused.Message, StringComparison.Ordinal);
        Assert.Contains("line 2 (abc123|ada@example.com), recorded as issued, changed: name 'Ada' is now 'Ada Lovelace'", refused.Message, StringComparison.Ordinal);
        Assert.Equal(2, emulator.Issuance.Issued.Count);
    }

    [Fact]
    public async Task A_failed_row_can_be_corrected_and_rerun()
    {
        await File.WriteAllLinesAsync(Input, ["badge_id,name,email", "nope,Ada,ada@example.com"]);
        await using var emulator = await BadgeEmulator.StartAsync();
        using var client = emulator.CreateIssuanceClient();
        var first = await BulkIssueJob.RunAsync(client, Settings(), null, CancellationToken.None);
        await File.WriteAllLinesAsync(Input, ["badge_id,name,email", "abc123,Ada,ada@example.com"]);

        var second = await BulkIssueJob.RunAsync(client, Settings(), null, CancellationToken.None);

        Assert.Equal("failed", Assert.Single(first.Rows).Status);
        Assert.Equal("issued", Assert.Single(second.Rows).Status);
        Assert.Single(emulator.Issuance.Issued);
    }

    [Fact]
    public async Task A_row_an_earlier_run_sent_is_never_recorded_as_failed_whatever_the_server_says()
    {
        // Ada was sent by a run that crashed before recording the answer (only 'sending' is in the
        // journal) and IssueBadge did issue her badge. Its refusal of the repeat is not worded as
        // the sample expected (a 422 here); that is no proof nothing was issued.
        await File.WriteAllLinesAsync(Input, ["name,email", "Ada,ada@example.com", "Bob,bob@example.com"]);
        await using var emulator = await BadgeEmulator.StartAsync();
        using var client = emulator.CreateIssuanceClient();
        var ada = new Recipient(1, 2, "abc123|ada@example.com", "abc123", "Ada", "ada@example.com", null);
        await client.IssueBadgeAsync(new IssueBadgeRequest("abc123", "Ada") { Email = "ada@example.com", IdempotencyKey = BulkIssueJob.KeyFor(ada) }, CancellationToken.None);
        await File.WriteAllLinesAsync(Output, ["Key,Row,Status,BadgeId,Name,Email,Phone,IssueId,PublicUrl,IdempotencyKey,Error", $"abc123|ada@example.com,1,sending,abc123,Ada,ada@example.com,,,,{BulkIssueJob.KeyFor(ada)},"]);
        emulator.Faults.FailNext(2, 422, pathContains: "issue/create");

        var second = await BulkIssueJob.RunAsync(client, Settings(concurrency: 1), null, CancellationToken.None);
        var third = await BulkIssueJob.RunAsync(client, Settings(concurrency: 1), null, CancellationToken.None);

        Assert.Equal(["unconfirmed", "failed"], second.Rows.Select(r => r.Status));
        Assert.Contains("may have issued it", second.Rows[0].Error, StringComparison.Ordinal);
        Assert.Equal(["already-issued", "issued"], third.Rows.Select(r => r.Status));
        Assert.Equal(["Ada", "Bob"], emulator.Issuance.Issued.Select(i => i.Name));
    }

    [Fact]
    public async Task An_answer_lost_after_the_badge_was_issued_is_recorded_from_the_SDK_outcome()
    {
        await File.WriteAllLinesAsync(Input, ["name,email", "Ada,ada@example.com"]);
        await using var emulator = await BadgeEmulator.StartAsync();
        using var client = emulator.CreateIssuanceClient(o => o.Retry.MaxRetries = 0);
        emulator.Faults.ResetNext(1, afterProcessing: true, pathContains: "issue/create");

        var first = await BulkIssueJob.RunAsync(client, Settings(), null, CancellationToken.None);
        var second = await BulkIssueJob.RunAsync(client, Settings(), null, CancellationToken.None);

        Assert.Equal("unconfirmed", Assert.Single(first.Rows).Status);
        Assert.Equal("already-issued", Assert.Single(second.Rows).Status);
        Assert.Single(emulator.Issuance.Issued);
    }

    [Fact]
    public void Keys_depend_on_the_recipient_not_the_row()
    {
        var row = new Recipient(7, 8, "abc123|ada@example.com", "abc123", "Ada", "ada@example.com", null);

        Assert.Equal(BulkIssueJob.KeyFor(row), BulkIssueJob.KeyFor(row with { Row = 1, Line = 2 }));
        Assert.NotEqual(BulkIssueJob.KeyFor(row), BulkIssueJob.KeyFor(row with { Key = "abc123|bob@example.com" }));
    }

    private BulkIssueSettings Settings(int concurrency = 4, string? idColumn = null) => new(Input, Output, "abc123", idColumn, null, concurrency);

    private sealed class SynchronousProgress(Action<(int Done, int Total)> report) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => report(value);
    }
}
