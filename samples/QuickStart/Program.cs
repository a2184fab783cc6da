using Microsoft.Extensions.Configuration;
using QuickStart;

// Credentials come from environment variables (BadgeSdk__Issuance__ApiToken, ...) or user
// secrets; with none, QuickStart starts the built-in emulator.
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

return await QuickStartApp.RunAsync(configuration, Console.Out, emulator: null, cancel.Token);
