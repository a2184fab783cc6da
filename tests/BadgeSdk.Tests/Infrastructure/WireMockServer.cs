using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BadgeSdk.Tests.Infrastructure;

/// <summary>
/// The real WireMock standalone server (npm package <c>wiremock</c>, pinned in tests/wiremock),
/// run with the machine's Java on 127.0.0.1 and a free port. It installs the package when it is
/// missing, so a plain <c>dotnet test</c> works on a fresh machine, and fails with what to install
/// when Java or npm is absent: these tests never skip.
/// </summary>
public sealed class WireMockServer : IAsyncLifetime
{
    private Process? _process;
    private readonly StringBuilder _output = new();

    public Uri BaseUri { get; private set; } = null!;

    public HttpClient Admin { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public async Task InitializeAsync()
    {
        var folder = Path.Combine(RepositoryRoot.Find(), "tests", "wiremock");
        var jar = FindJar(folder) ?? await InstallAsync(folder);
        var port = FreePort();
        var start = new ProcessStartInfo("java")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-jar", jar, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind-address", "127.0.0.1", "--disable-banner", "--root-dir", folder, "--async-response-enabled", "true" })
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            _process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("The contract tests need Java 17 or later on PATH to run WireMock. Install it (Debian: apt-get install -y openjdk-17-jre-headless).", e);
        }

        _process.OutputDataReceived += (_, e) => Capture(e.Data);
        _process.ErrorDataReceived += (_, e) => Capture(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        BaseUri = new Uri($"http://127.0.0.1:{port}/");
        Admin.BaseAddress = BaseUri;
        await WaitForHealthAsync();
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process?.Dispose();
        Admin.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Adds one stub mapping (WireMock JSON) through the admin API.</summary>
    public async Task StubAsync(string mappingJson)
    {
        using var content = new StringContent(mappingJson, Encoding.UTF8, "application/json");
        using var response = await Admin.PostAsync("__admin/mappings", content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"WireMock refused the stub ({(int)response.StatusCode}): {body}");
    }

    /// <summary>Adds one stub mapping built from a JSON node.</summary>
    public Task StubAsync(JsonNode mapping) => StubAsync(mapping.ToJsonString());

    /// <summary>Returns the journal's requests whose path starts with <paramref name="pathPrefix"/>, oldest first.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> RequestsAsync(string pathPrefix)
    {
        var query = new JsonObject { ["method"] = "ANY", ["urlPathPattern"] = Regexes.Escape(pathPrefix) + ".*" };
        using var content = new StringContent(query.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await Admin.PostAsync("__admin/requests/find", content);
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("requests").EnumerateArray()
            .Select(RecordedRequest.From)
            .OrderBy(r => r.LoggedDate)
            .ToList();
    }

    private static string? FindJar(string folder)
    {
        var build = Path.Combine(folder, "node_modules", "wiremock", "build");
        return Directory.Exists(build) ? Directory.GetFiles(build, "wiremock-standalone-*.jar").FirstOrDefault() : null;
    }

    private static async Task<string> InstallAsync(string folder)
    {
        // One installer at a time across test processes: a lock file beside package.json.
        using var gate = await AcquireLockAsync(Path.Combine(folder, ".install.lock"));
        if (FindJar(folder) is { } existing)
        {
            return existing;
        }

        var npm = new ProcessStartInfo("npm") { WorkingDirectory = folder, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "ci", "--no-audit", "--no-fund" })
        {
            npm.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(npm)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("The contract tests install WireMock with npm, which is not on PATH. Install Node.js and npm (Debian: apt-get install -y nodejs npm), or run `npm ci` in tests/wiremock.", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"`npm ci` in tests/wiremock failed ({process.ExitCode}): {await stderr}{await stdout}");
            }
        }

        return FindJar(folder) ?? throw new InvalidOperationException("`npm ci` succeeded but the WireMock standalone jar is missing from node_modules/wiremock/build.");
    }

    private static async Task<FileStream> AcquireLockAsync(string path)
    {
        for (var i = 0; ; i++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (i < 600)
            {
                await Task.Delay(200);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitForHealthAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"WireMock exited with code {_process.ExitCode}: {_output}");
            }

            try
            {
                using var response = await Admin.GetAsync("__admin/health");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"WireMock did not become healthy within 60 s: {_output}");
    }

    private void Capture(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private static class Regexes
    {
        public static string Escape(string text) => System.Text.RegularExpressions.Regex.Escape(text);
    }
}
