using System.Globalization;
using BadgeSdk.Testing;
using BulkIssue;

namespace BadgeSdk.Tests.Samples;

public sealed class BulkIssueTests
{
    [Fact]
    public async Task Cancelled_midway_then_rerun_issues_every_row_exactly_once()
    {
        const int rows = 2000;
        var folder = Directory.CreateTempSubdirectory("bulkissue-");
        var input = Path.Combine(folder.FullName, "recipients.csv");
        var output = Path.Combine(folder.FullName, "results.csv");
        await File.WriteAllLinesAsync(input, ["name,email", .. Enumerable.Range(1, rows).Select(i => $"Person {i},person{i}@example.com")]);
        await using var emulator = await BadgeEmulator.StartAsync();
        using var client = emulator.CreateIssuanceClient();
        try
        {
            using var cancel = new CancellationTokenSource();
            var progress = new SynchronousProgress(p =>
            {
                if (p.Done >= rows / 3)
                {
                    cancel.Cancel();
                }
            });

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => BulkIssueJob.RunAsync(client, input, output, "abc123", 16, progress, cancel.Token));
            var afterFirstRun = emulator.Issuance.Issued.Count;
            var results = await BulkIssueJob.RunAsync(client, input, output, "abc123", 16, null, CancellationToken.None);

            Assert.InRange(afterFirstRun, rows / 3, rows - 1);
            Assert.Equal(rows, emulator.Issuance.Issued.Count);
            Assert.Equal(rows, emulator.Issuance.Issued.Select(i => i.IdempotencyKey).Distinct().Count());
            Assert.Equal(Enumerable.Range(1, rows), results.Select(r => r.Row));
            Assert.All(results, r => Assert.True(r.IsDone, $"row {r.Row} is {r.Status}: {r.Error}"));
            var lines = await File.ReadAllLinesAsync(output);
            Assert.Equal(rows + 1, lines.Length);
            Assert.Equal(rows, lines.Skip(1).Select(l => int.Parse(l.Split(',')[0], CultureInfo.InvariantCulture)).Distinct().Count());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Keys_are_derived_from_the_row()
    {
        var row = new Recipient(7, "abc123", "Ada", "ada@example.com", null);

        Assert.Equal(BulkIssueJob.KeyFor(row), BulkIssueJob.KeyFor(row with { }));
        Assert.NotEqual(BulkIssueJob.KeyFor(row), BulkIssueJob.KeyFor(row with { Row = 8 }));
    }

    private sealed class SynchronousProgress(Action<(int Done, int Total)> report) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => report(value);
    }
}
