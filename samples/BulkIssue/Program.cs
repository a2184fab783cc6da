using System.CommandLine;
using BadgeSdk.Issuance;
using BadgeSdk.Testing;
using BulkIssue;
using Spectre.Console;

var input = new Option<FileInfo>("--input") { Description = "Recipients CSV: badge_id,name,email,phone (badge_id optional with --badge-id).", Required = true };
var output = new Option<FileInfo>("--output") { Description = "Results CSV; an existing one is resumed.", DefaultValueFactory = _ => new FileInfo("results.csv") };
var badgeId = new Option<string?>("--badge-id") { Description = "Badge template for rows without badge_id." };
var concurrency = new Option<int>("--concurrency") { Description = "Calls in flight at once.", DefaultValueFactory = _ => 8 };
var emulator = new Option<bool>("--emulator") { Description = "Run against the built-in BadgeSdk emulator instead of IssueBadge." };
var baseUrl = new Option<Uri?>("--base-url") { Description = "IssueBadge API root (default https://app.issuebadge.com/api/v1/)." };

var root = new RootCommand("Issues one IssueBadge badge per CSV row; safe to rerun after a crash or Ctrl+C.")
{
    input, output, badgeId, concurrency, emulator, baseUrl,
};
root.SetAction(async (parse, cancellationToken) =>
{
    BadgeEmulator? local = null;
    try
    {
        IssuanceClientOptions options;
        if (parse.GetValue(emulator))
        {
            local = await BadgeEmulator.StartAsync(cancellationToken: cancellationToken);
            options = local.IssuanceOptions();
            AnsiConsole.MarkupLine($"[grey]Running against the BadgeSdk emulator at {local.BaseAddress}[/]");
        }
        else
        {
            var token = Environment.GetEnvironmentVariable("BadgeSdk__Issuance__ApiToken");
            if (string.IsNullOrWhiteSpace(token))
            {
                AnsiConsole.MarkupLine("[red]Set BadgeSdk__Issuance__ApiToken, or pass --emulator.[/]");
                return 2;
            }

            options = new IssuanceClientOptions { ApiToken = token };
            if (parse.GetValue(baseUrl) is { } url)
            {
                options.BaseAddress = url;
            }
        }

        using var client = new IssuanceClient(options);
        IReadOnlyList<RowResult> results = [];
        await AnsiConsole.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask("Issuing badges");
            var reporter = new Progress<(int Done, int Total)>(p =>
            {
                task.MaxValue = Math.Max(1, p.Total);
                task.Value = p.Done;
            });
            results = await BulkIssueJob.RunAsync(client, parse.GetValue(input)!.FullName, parse.GetValue(output)!.FullName, parse.GetValue(badgeId), parse.GetValue(concurrency), reporter, cancellationToken);
        });

        var failed = results.Count(r => !r.IsDone);
        AnsiConsole.MarkupLine($"{results.Count(r => r.Status == "issued")} issued, {results.Count(r => r.Status == "already-issued")} already issued, {failed} failed. Results: {parse.GetValue(output)!.FullName}");
        return failed == 0 ? 0 : 1;
    }
    catch (OperationCanceledException)
    {
        AnsiConsole.MarkupLine("[yellow]Stopped. Run the same command again to finish: nothing will be issued twice.[/]");
        return 130;
    }
    finally
    {
        if (local is not null)
        {
            await local.DisposeAsync();
        }
    }
});

return await root.Parse(args).InvokeAsync();
