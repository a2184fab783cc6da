using AotSmoke;
using BadgeSdk.Issuance;
using BadgeSdk.Loyalty;
using BadgeSdk.Passes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// Every client, through dependency injection with configuration binding, against a local stub.
using var stub = new StubServer();
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["BadgeSdk:Issuance:BaseAddress"] = new Uri(stub.BaseAddress, "api/v1/").ToString(),
    ["BadgeSdk:Issuance:ApiToken"] = "aot-token",
    ["BadgeSdk:Passes:BaseAddress"] = stub.BaseAddress.ToString(),
    ["BadgeSdk:Passes:ApiKey"] = "aot-key",
    ["BadgeSdk:Loyalty:BaseAddress"] = stub.BaseAddress.ToString(),
    ["BadgeSdk:Loyalty:TillId"] = "till",
    ["BadgeSdk:Loyalty:Password"] = "secret",
    ["BadgeSdk:Loyalty:Retry:MaxRetries"] = "2",
}).Build();

var services = new ServiceCollection();
services.AddBadgeSdk(configuration.GetSection("BadgeSdk"));
await using var provider = services.BuildServiceProvider();

var failures = new List<string>();
void Check(bool ok, string what)
{
    Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {what}");
    if (!ok)
    {
        failures.Add(what);
    }
}

var issued = await provider.GetRequiredService<IssuanceClient>().IssueBadgeAsync(new IssueBadgeRequest("abc123", "John Doe")
{
    Email = "john@example.com",
    ExpireDate = new DateOnly(2027, 11, 10),
    Metadata = { ["score"] = 95, ["certificate_photo"] = BadgeImage.FromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=") },
});
Check(issued.IssueId == "xyz789" && issued.PublicUrl is not null, $"issuance: issued {issued.IssueId} at {issued.PublicUrl}");

var passes = provider.GetRequiredService<PassesClient>();
var pass = await passes.UpsertUserPassAsync(UpsertUserPassRequest.ForPass(
    "a84f890a-2478-925f-38ba-673e833e526c",
    new PassUser("66565") { Attributes = { ["memberBalance"] = "1000" } },
    new PassDetails("88787")));
Check(pass.DownloadUrl?.Host == "example.com", $"passes: download URL {pass.DownloadUrl}");
await passes.SendPushNotificationAsync(new SendPushNotificationRequest("a84f890a-2478-925f-38ba-673e833e526c", "88787", "Your balance is 1000"));
Check(true, "passes: push sent");

var loyalty = provider.GetRequiredService<LoyaltyClient>();
var created = await loyalty.CreateBadgeAsync(new CreateBadgeRequest("BADGE123", DateTimeOffset.UtcNow.AddDays(1), DateTimeOffset.UtcNow.AddDays(90))
{
    Ownership = { RestrictedToOwners = { OwnerType.Loyalty } },
    CustomerConstraints = { CustomerConstraint.FixedWindow(DurationType.Weekly, 1, startDayOfTheWeek: DayOfWeek.Tuesday) },
});
var badge = created.Badge;
Check(badge.Id == "662749408fe258516a88fe89" && badge.CustomerConstraints[0].StartDayOfTheWeek == DayOfWeek.Monday, $"loyalty: created badge {badge.Id}");
var bulk = await loyalty.IssueBulkAsync(new IssueBulkRequest(badge.Id, [1, 2]) { RequestId = "aot-1" });
Check(bulk.Enrolled.Count() == 1 && bulk.Failed.Single().IsAlreadyEnrolled, "loyalty: one enrolled, one already enrolled (1040)");

// The standalone constructor path too.
using var standalone = new IssuanceClient(new IssuanceClientOptions { BaseAddress = new Uri(stub.BaseAddress, "api/v1/"), ApiToken = "aot-token" });
Check((await standalone.IssueBadgeAsync(new IssueBadgeRequest("abc123", "Jane"))).IssueId == "xyz789", "issuance: standalone client");
Check(stub.Unauthenticated == 0, "every request carried credentials");

Console.WriteLine(failures.Count == 0 ? "AOT smoke: all checks passed" : $"AOT smoke: {failures.Count} check(s) failed");
return failures.Count == 0 ? 0 : 1;
