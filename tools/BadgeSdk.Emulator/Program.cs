using System.Globalization;
using BadgeSdk.Testing;

// Runs the emulator until Ctrl+C. SIGTERM is left to the runtime's default (the process ends at
// once), which is also what proves the emulator no longer holds on to the console's signals.
const int DefaultPort = 5080;
var port = DefaultPort;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--port" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= 65535:
            port = value;
            i++;
            break;
        case "-h" or "--help":
            Console.WriteLine($"Usage: dotnet run --project tools/BadgeSdk.Emulator [-- --port <port>]{Environment.NewLine}Runs the BadgeSdk emulator of IssueBadge, Badge passes and Capillary at http://127.0.0.1:<port>/ (default {DefaultPort}; 0 picks a free port) until Ctrl+C.");
            return 0;
        default:
            Console.Error.WriteLine($"Unexpected argument '{args[i]}': use --port <0-65535> (see --help).");
            return 2;
    }
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

BadgeEmulator emulator;
try
{
    emulator = await BadgeEmulator.StartAsync(new BadgeEmulatorOptions { Port = port });
}
catch (IOException e)
{
    Console.Error.WriteLine($"Cannot listen on 127.0.0.1:{port}: {e.Message} Pick another with --port.");
    return 1;
}

await using (emulator)
{
    Console.WriteLine($"BadgeSdk emulator listening at {emulator.BaseAddress} (Ctrl+C to stop). Point BadgeSdk at it with:");
    foreach (var (key, value) in emulator.ConfigurationValues())
    {
        Console.WriteLine($"  {key.Replace(":", "__", StringComparison.Ordinal)}={value}");
    }

    try
    {
        await Task.Delay(Timeout.Infinite, stop.Token);
    }
    catch (OperationCanceledException)
    {
        Console.WriteLine($"Emulator stopped after {emulator.RequestCount} requests.");
    }
}

return 0;
