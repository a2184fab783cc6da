using Microsoft.Extensions.Configuration;
using QuickStart;

// Credentials come from environment variables (BadgeSdk__Issuance__ApiToken, ...) or user
// secrets; each API without them runs against the built-in emulator.
var assumeYes = false;
foreach (var arg in args)
{
    switch (arg)
    {
        case "-y" or "--yes":
            assumeYes = true;
            break;
        case "-h" or "--help":
            Console.WriteLine("Usage: dotnet run --project samples/QuickStart [-- --yes]");
            Console.WriteLine("Runs the tour against the real APIs you have credentials for and the built-in emulator for the rest.");
            Console.WriteLine("--yes  make real calls without asking first.");
            return 0;
        default:
            Console.Error.WriteLine($"Unexpected argument '{arg}' (see --help).");
            return 2;
    }
}

var configuration = new ConfigurationBuilder()
    .AddUserSecrets(typeof(QuickStartApp).Assembly, optional: true)
    .AddEnvironmentVariables()
    .Build();

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

return await QuickStartApp.RunAsync(configuration, Console.Out, Console.In, assumeYes, emulator: null, cancel.Token);
