using System.Net;
using BadgeSdk.Tests.Infrastructure;
using BulkIssue;
using Spectre.Console;

namespace BadgeSdk.Tests.Samples;

/// <summary>The BulkIssue command line as a user runs it: arguments, input errors, and a shared emulator.</summary>
public sealed class BulkIssueCommandTests : IDisposable
{
    private const string Token = "emulator-issuebadge-token";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("bulkissue-cli-");

    private string Input => Path.Combine(_folder.FullName, "recipients.csv");

    private string Output => Path.Combine(_folder.FullName, "results.csv");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Pointed_at_a_running_emulator_a_rerun_resumes()
    {
        await using var emulator = await EmulatorProcess.StartAsync("--port", "0");
        var baseUrl = new Uri(emulator.BaseAddress, "api/v1").ToString();
        await File.WriteAllLinesAsync(Input, ["name,email", "Ada,ada@example.com", "Bob,bob@example.com", "Cy,cy@example.com"]);

        var first = await RunAsync(Token, "--input", Input, "--output", Output, "--badge-id", "abc123", "--base-url", baseUrl);
        await File.WriteAllLinesAsync(Input, ["name,email", "Zoe,zoe@example.com", "Ada,ada@example.com", "Bob,bob@example.com", "Cy,cy@example.com"]);
        var second = await RunAsync(Token, "--input", Input, "--output", Output, "--badge-id", "abc123", "--base-url", baseUrl);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("3 issued, 0 already issued, 0 unconfirmed, 0 failed; 0 skipped", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("1 issued, 0 already issued, 0 unconfirmed, 0 failed; 3 skipped (done by an earlier run)", second.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, second.Error);
        using var http = new HttpClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri(emulator.BaseAddress, "v/EMU00004"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(new Uri(emulator.BaseAddress, "v/EMU00005"))).StatusCode);
    }

    [Theory]
    [InlineData("--base-url", "not a url", "--base-url 'not a url' is not an absolute http(s) URL such as http://127.0.0.1:5080/api/v1/.")]
    [InlineData("--base-url", "ftp://example.com/", "--base-url 'ftp://example.com/' is not an absolute http(s) URL such as http://127.0.0.1:5080/api/v1/.")]
    [InlineData("--concurrency", "0", "--concurrency must be at least 1.")]
    [InlineData("--delimiter", "|", "--delimiter '|' is not one of ',' ';' 'tab'.")]
    public async Task Bad_arguments_get_one_line_and_exit_code_2(string option, string value, string message)
    {
        await File.WriteAllLinesAsync(Input, ["name,email", "Ada,ada@example.com"]);

        var result = await RunAsync(Token, "--input", Input, "--output", Output, "--badge-id", "abc123", option, value);

        Assert.Equal((2, message), (result.ExitCode, result.Error.TrimEnd()));
    }

    [Fact]
    public async Task Without_a_token_it_says_which_variable_to_set()
    {
        await File.WriteAllLinesAsync(Input, ["name,email", "Ada,ada@example.com"]);

        var result = await RunAsync(null, "--input", Input, "--badge-id", "abc123");

        Assert.Equal((2, "Set BadgeSdk__Issuance__ApiToken (for a running emulator: emulator-issuebadge-token), or pass --emulator."), (result.ExitCode, result.Error.TrimEnd()));
    }

    [Fact]
    public async Task Without_input_it_fails_with_usage()
    {
        var result = await RunAsync(Token, "--badge-id", "abc123");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--input", result.Error, StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "missing", [], "recipients.csv: no such file." },
        { "empty", [], "recipients.csv is empty: it needs a header line (for example 'name,email') and one line per recipient." },
        { "header only", "name,email\n"u8.ToArray(), "recipients.csv has a header line but no recipients." },
        { "unclosed quote", "name,email\nAda,ada@example.com\n\"Bob,bob@example.com\nCy,cy@example.com\n"u8.ToArray(), "recipients.csv line 3, column 1: a quoted field opened here is never closed." },
        { "quote inside a field", "name,email\nAda \"the\" first,ada@example.com\n"u8.ToArray(), "recipients.csv line 2, column 1: a quote inside an unquoted field; quote the whole field and double the quotes inside it (\"\")." },
        { "unquoted comma", "name,email\n\"Lovelace, Ada\",ada@example.com\nBabbage, Charles,cb@example.com\n"u8.ToArray(), "recipients.csv line 3 (row 2): 3 fields where the header has 2; quote fields that contain ','." },
        { "no email", "name,email\nAda,\n"u8.ToArray(), "recipients.csv line 2 (row 1), column 2 'email': no email; rows are keyed by badge id and email, or by a column named with --id-column." },
        { "no name column", "full name,email\nAda,ada@example.com\n"u8.ToArray(), "recipients.csv line 1: no 'name' column (found: 'full name', 'email')." },
        { "duplicate", "name,email\nAda,ada@example.com\nAda L.,ADA@example.com\n"u8.ToArray(), "recipients.csv line 3 (row 2): the same recipient as line 2 (badge abc123, email ADA@example.com); remove one, or key rows by another column with --id-column." },
        { "binary", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], "recipients.csv is not a text CSV file (UTF-8): line 1, column 6 holds the byte 0x00." },
        { "latin-1", [.. "name,email\nJos"u8, 0xE9, .. ",jose@example.com\n"u8], "recipients.csv is not a text CSV file (UTF-8): line 2, column 4 holds the byte 0xE9." },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Every_input_error_is_one_line_with_where_and_a_non_zero_exit(string kind, byte[] content, string message)
    {
        if (kind != "missing")
        {
            await File.WriteAllBytesAsync(Input, content);
        }

        var result = await RunAsync(null, "--input", Input, "--output", Output, "--badge-id", "abc123", "--emulator");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(kind == "missing" ? $"{Input}: no such file." : message, result.Error.TrimEnd());
        Assert.DoesNotContain("\n", result.Error.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_semicolon_file_is_detected_and_a_wrong_delimiter_is_named()
    {
        await File.WriteAllLinesAsync(Input, ["name;email;phone", "Ada;ada@example.com;", "\"Lovelace; Ada\";lovelace@example.com;"]);

        var detected = await RunAsync(null, "--input", Input, "--output", Output, "--badge-id", "abc123", "--emulator");
        await File.WriteAllLinesAsync(Input + ".2", ["name;email", "Bob;bob@example.com"]);
        var forced = await RunAsync(null, "--input", Input + ".2", "--output", Output + ".2", "--badge-id", "abc123", "--emulator", "--delimiter", ",");

        Assert.Equal(0, detected.ExitCode);
        Assert.Contains("2 issued", detected.Output, StringComparison.Ordinal);
        Assert.Contains("Lovelace; Ada", await File.ReadAllTextAsync(Output), StringComparison.Ordinal);
        Assert.Equal((2, "recipients.csv.2 line 1: no 'name' column (found: 'name;email'). The file seems to use ';': pass --delimiter ';'."), (forced.ExitCode, forced.Error.TrimEnd()));
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string? token, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No });
        console.Profile.Width = 1000;
        var exitCode = await BulkIssueCommand.InvokeAsync(args, console, error, name => name == BulkIssueCommand.TokenVariable ? token : null, CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }
}
