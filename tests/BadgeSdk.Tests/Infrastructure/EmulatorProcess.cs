using System.Diagnostics;
using System.Text.RegularExpressions;

namespace BadgeSdk.Tests.Infrastructure;

/// <summary>tools/BadgeSdk.Emulator running as its own process, as a user or another program starts it.</summary>
internal sealed partial class EmulatorProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];

    private EmulatorProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public Process Process => _process;

    /// <summary>Gets what the process printed so far.</summary>
    public string Output
    {
        get
        {
            lock (_lines)
            {
                return string.Join('\n', _lines);
            }
        }
    }

    public static async Task<EmulatorProcess> StartAsync(params string[] args)
    {
        // The test runs from tests/BadgeSdk.Tests/bin/<Configuration>/net10.0/; the tool is built beside it.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var dll = Path.Combine(RepositoryRoot.Find(), "tools", "BadgeSdk.Emulator", "bin", configuration, "net10.0", "BadgeSdk.Emulator.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var lines = new List<string>();
        void OnLine(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is null)
            {
                return;
            }

            lock (lines)
            {
                lines.Add(e.Data);
            }

            if (Listening().Match(e.Data) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups["url"].Value));
            }
        }

        process.OutputDataReceived += OnLine;
        process.ErrorDataReceived += OnLine;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var started = await Task.WhenAny(listening.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(30)));
        if (started != listening.Task)
        {
            process.Kill();
            throw new InvalidOperationException($"The emulator process did not start: {string.Join('\n', lines)}");
        }

        var emulator = new EmulatorProcess(process, await listening.Task);
        lock (lines)
        {
            emulator._lines.AddRange(lines);
        }

        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (emulator._lines)
                {
                    emulator._lines.Add(e.Data);
                }
            }
        };
        return emulator;
    }

    /// <summary>Sends a POSIX signal, as a terminal (Ctrl+C: SIGINT) or a service manager (SIGTERM) does.</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start("kill", ["-" + name, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"listening at (?<url>http\S+)")]
    private static partial Regex Listening();
}
