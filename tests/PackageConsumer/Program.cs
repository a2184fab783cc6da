// Runs the package README's example against the emulator from BadgeSdk.Testing, then the DI path,
// as a user's app would after `dotnet add package`. Exits non-zero on any surprise.
using BadgeSdk;
using BadgeSdk.Issuance;
using BadgeSdk.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

await using var emulator = await BadgeEmulator.StartAsync();

// The README's example, line for line, with the options pointed at the emulator.
var options = emulator.IssuanceOptions();
using var issuance = new IssuanceClient(options);
var issued = await issuance.IssueBadgeAsync(new IssueBadgeRequest("abc123", "Ada Lovelace")
{
    Email = "ada@example.com",
    IdempotencyKey = IdempotencyKey.FromParts("abc123", "ada@example.com"), // a rerun never issues twice
});
Console.WriteLine($"Issued {issued.IssueId}: {issued.PublicUrl}");

Check(emulator.Issuance.Issued.Count == 1, "the emulator holds one issued badge");
Check(issued.GetRawResponse() is { Status: 200 or 201 }, "the result gives its raw response");

// Dependency injection from configuration, validated at start-up.
var configuration = new ConfigurationBuilder().AddInMemoryCollection(emulator.ConfigurationValues()).Build();
var services = new ServiceCollection();
services.AddBadgeSdk(configuration.GetSection("BadgeSdk"));
await using var provider = services.BuildServiceProvider();
provider.GetRequiredService<IStartupValidator>().Validate();
var templates = await provider.GetRequiredService<IssuanceClient>().ListBadgeTemplatesAsync();
Console.WriteLine($"{templates.Count} template(s) through dependency injection");

// A misspelled section fails at start-up, naming it.
var misspelled = new ServiceCollection();
misspelled.AddBadgeSdk(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["BadgeSdk:Issuence:ApiToken"] = "t" }).Build().GetSection("BadgeSdk"));
await using var bad = misspelled.BuildServiceProvider();
try
{
    bad.GetRequiredService<IStartupValidator>().Validate();
    Check(false, "a misspelled section fails start-up");
}
catch (OptionsValidationException e)
{
    Check(e.Message.Contains("'BadgeSdk:Issuence'", StringComparison.Ordinal), "the failure names the misspelled section");
}

Console.WriteLine("PackageConsumer: OK");

static void Check(bool condition, string what)
{
    if (!condition)
    {
        Console.Error.WriteLine($"PackageConsumer: FAILED: {what}");
        Environment.Exit(1);
    }
}
