using System.CommandLine;
using BadgeSdk;
using BadgeSdk.Issuance;
using BadgeSdk.Testing;
using Spectre.Console;

namespace BulkIssue;

/// <summary>The command line: parses the arguments, picks the API (real, <c>--base-url</c>, or <c>--emulator</c>) and runs <see cref="BulkIssueJob"/>.</summary>
public static class BulkIssueCommand
{
    /// <summary>The environment variable that holds the IssueBadge token.</summary>
    public const string TokenVariable = "BadgeSdk__Issuance__ApiToken";

    /// <summary>Runs the command.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="console">Where progress and the summary go.</param>
    /// <param name="error">Where errors go, one line each.</param>
    /// <param name="environment">Reads an environment variable.</param>
    /// <param name="cancellationToken">Stops the run (the program passes Ctrl+C here).</param>
    /// <returns>0 when every row is issued, 1 when some failed or are unconfirmed, 2 for bad arguments or input, 130 when stopped.</returns>
    public static async Task<int> InvokeAsync(string[] args, IAnsiConsole console, TextWriter error, Func<string, string?> environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(environment);
        var input = new Option<FileInfo>("--input") { Description = "Recipients CSV with a header: name, email, and optionally badge_id, phone.", Required = true };
        var output = new Option<FileInfo>("--output") { Description = "Results CSV; an existing one is resumed.", DefaultValueFactory = _ => new FileInfo("results.csv") };
        var badgeId = new Option<string?>("--badge-id") { Description = "Badge template for rows without badge_id." };
        var idColumn = new Option<string?>("--id-column") { Description = "A column that identifies each recipient (default: email). Rows are matched across runs by badge id and this column." };
        var delimiter = new Option<string?>("--delimiter") { Description = "Field separator: ',' ';' or 'tab' (default: detected from the header)." };
        var concurrency = new Option<int>("--concurrency") { Description = "Calls in flight at once.", DefaultValueFactory = _ => 8 };
        var emulator = new Option<bool>("--emulator") { Description = "Run against a fresh in-process BadgeSdk emulator (gone when the run ends; see --base-url to share one)." };
        var baseUrl = new Option<string?>("--base-url") { Description = $"IssueBadge API root (default https://app.issuebadge.com/api/v1/), for example a running emulator's http://127.0.0.1:5080/api/v1/. The token comes from {TokenVariable}." };
        var root = new RootCommand("Issues one IssueBadge badge per CSV row; safe to rerun after a crash or Ctrl+C.")
        {
            input, output, badgeId, idColumn, delimiter, concurrency, emulator, baseUrl,
        };

        root.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(concurrency) < 1)
            {
                return Fail(error, "--concurrency must be at least 1.");
            }

            char? separator = parse.GetValue(delimiter) switch
            {
                null => null,
                "," => ',',
                ";" => ';',
                "tab" or "\\t" or "\t" => '\t',
                _ => (char)0,
            };
            if (separator == (char)0)
            {
                return Fail(error, $"--delimiter '{parse.GetValue(delimiter)}' is not one of ',' ';' 'tab'.");
            }

            Uri? url = null;
            if (parse.GetValue(baseUrl) is { } text
                && (!Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out url) || url.Scheme is not ("http" or "https")))
            {
                return Fail(error, $"--base-url '{text}' is not an absolute http(s) URL such as http://127.0.0.1:5080/api/v1/.");
            }

            var settings = new BulkIssueSettings(parse.GetValue(input)!.FullName, parse.GetValue(output)!.FullName, parse.GetValue(badgeId), parse.GetValue(idColumn), separator, parse.GetValue(concurrency));
            return await RunAsync(settings, parse.GetValue(emulator), url, console, error, environment, ct);
        });

        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = console.Profile.Out.Writer, Error = error }, cancellationToken);
    }

    private static async Task<int> RunAsync(BulkIssueSettings settings, bool useEmulator, Uri? baseUrl, IAnsiConsole console, TextWriter error, Func<string, string?> environment, CancellationToken cancellationToken)
    {
        BadgeEmulator? local = null;
        try
        {
            IssuanceClientOptions options;
            if (useEmulator)
            {
                local = await BadgeEmulator.StartAsync(cancellationToken: cancellationToken);
                options = local.IssuanceOptions();
                console.MarkupLineInterpolated($"[grey]Running against a fresh BadgeSdk emulator at {local.BaseAddress} (it ends with this run).[/]");
            }
            else
            {
                var token = environment(TokenVariable);
                if (string.IsNullOrWhiteSpace(token))
                {
                    return Fail(error, $"Set {TokenVariable} (for a running emulator: emulator-issuebadge-token), or pass --emulator.");
                }

                options = new IssuanceClientOptions { ApiToken = token };
                if (baseUrl is not null)
                {
                    options.BaseAddress = baseUrl;
                }
            }

            using var client = new IssuanceClient(options);
            BulkIssueRun? run = null;
            await console.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask("Issuing badges");
                var reporter = new Progress<(int Done, int Total)>(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                });
                run = await BulkIssueJob.RunAsync(client, settings, reporter, cancellationToken);
            });

            var now = run!.ThisRun;
            var unconfirmed = now.Count(r => r.Status == "unconfirmed");
            var failed = now.Count(r => r.Status == "failed");
            console.WriteLine($"{now.Count(r => r.Status == "issued")} issued, {now.Count(r => r.Status == "already-issued")} already issued, {unconfirmed} unconfirmed, {failed} failed; {run.Skipped} skipped (done by an earlier run). Results: {settings.Output}");
            if (unconfirmed > 0)
            {
                console.WriteLine("Unconfirmed rows may have been issued: rerun to retry them with the same key, or check them in IssueBadge.");
            }

            return unconfirmed + failed == 0 ? 0 : 1;
        }
        catch (InputException e)
        {
            return Fail(error, e.Message);
        }
        catch (BadgeAuthenticationException e)
        {
            return Fail(error, $"IssueBadge refused the token in {TokenVariable}: {e.Message}");
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("Stopped. Run the same command again to finish: nothing will be issued twice.");
            return 130;
        }
        finally
        {
            if (local is not null)
            {
                await local.DisposeAsync();
            }
        }
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine(message);
        return 2;
    }
}
