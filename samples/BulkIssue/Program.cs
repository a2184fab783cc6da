using BulkIssue;
using Spectre.Console;

// System.CommandLine turns Ctrl+C and SIGTERM into the cancellation token the command receives.
return await BulkIssueCommand.InvokeAsync(args, AnsiConsole.Console, Console.Error, Environment.GetEnvironmentVariable, CancellationToken.None);
