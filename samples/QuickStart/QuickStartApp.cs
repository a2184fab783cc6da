using BadgeSdk;
using BadgeSdk.Issuance;
using BadgeSdk.Loyalty;
using BadgeSdk.Passes;
using BadgeSdk.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace QuickStart;

/// <summary>
/// Issues a badge with custom fields and an image, upserts a wallet pass and pushes to it, creates
/// a loyalty badge and enrols customers, printing each result.
/// </summary>
public static class QuickStartApp
{
    // A 1×1 PNG, so the sample needs no file.
    private const string PhotoBase64 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

    /// <summary>Runs the tour.</summary>
    /// <param name="configuration">Holds <c>BadgeSdk:*</c> credentials and <c>QuickStart:*</c> ids; when the credentials are missing the emulator is used.</param>
    /// <param name="output">Where results are printed.</param>
    /// <param name="emulator">An emulator to use instead of starting one (tests pass theirs to inspect it afterwards).</param>
    /// <param name="cancellationToken">Stops the tour.</param>
    /// <returns>The process exit code.</returns>
    public static async Task<int> RunAsync(IConfiguration configuration, TextWriter output, BadgeEmulator? emulator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(output);
        var useEmulator = emulator is not null || !HasCredentials(configuration);
        BadgeEmulator? started = null;
        try
        {
            if (useEmulator)
            {
                emulator ??= started = await BadgeEmulator.StartAsync(cancellationToken: cancellationToken);
                await output.WriteLineAsync($"No credentials configured: running against the built-in BadgeSdk emulator at {emulator.BaseAddress}");
                configuration = new ConfigurationBuilder().AddInMemoryCollection(emulator.ConfigurationValues()).Build();
            }
            else
            {
                await output.WriteLineAsync("Credentials found: talking to the real IssueBadge, Badge and Capillary APIs.");
            }

            var services = new ServiceCollection();
            services.AddBadgeSdk(configuration.GetSection("BadgeSdk"));
            await using var provider = services.BuildServiceProvider();
            await RunTourAsync(provider, configuration, output, cancellationToken);
            return 0;
        }
        catch (BadgeApiException e)
        {
            await output.WriteLineAsync($"Failed: {e.Message}");
            return 1;
        }
        finally
        {
            if (started is not null)
            {
                await started.DisposeAsync();
            }
        }
    }

    private static bool HasCredentials(IConfiguration configuration)
        => !string.IsNullOrWhiteSpace(configuration["BadgeSdk:Issuance:ApiToken"])
           && !string.IsNullOrWhiteSpace(configuration["BadgeSdk:Passes:ApiKey"])
           && (!string.IsNullOrWhiteSpace(configuration["BadgeSdk:Loyalty:TillId"]) || !string.IsNullOrWhiteSpace(configuration["BadgeSdk:Loyalty:OAuthClientKey"]));

    private static async Task RunTourAsync(IServiceProvider provider, IConfiguration configuration, TextWriter output, CancellationToken cancellationToken)
    {
        var badgeId = configuration["QuickStart:BadgeId"] ?? "abc123";
        var templateId = configuration["QuickStart:PassTemplateId"] ?? PassesEmulator.DefaultTemplateId;

        // 1. IssueBadge: a badge with typed custom fields and an embedded image.
        var issuance = provider.GetRequiredService<IssuanceClient>();
        var issued = await issuance.IssueBadgeAsync(
            new IssueBadgeRequest(badgeId, "Ada Lovelace")
            {
                Email = "ada@example.com",
                ExpireDate = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(2),
                Metadata =
                {
                    ["employee_id"] = "EMP001",
                    ["score"] = 95,
                    ["completion_date"] = DateOnly.FromDateTime(DateTime.UtcNow),
                    ["certificate_photo"] = BadgeImage.FromBase64(PhotoBase64),
                },
            },
            cancellationToken);
        await output.WriteLineAsync($"Issued badge {issued.IssueId}: {issued.PublicUrl} (idempotency key {issued.IdempotencyKey})");

        // 2. Badge wallet: upsert one pass for a user, then push to it.
        var passes = provider.GetRequiredService<PassesClient>();
        var pass = await passes.UpsertUserPassAsync(
            UpsertUserPassRequest.ForPass(
                templateId,
                new PassUser("quickstart-user") { Email = "ada@example.com", Attributes = { ["memberBalance"] = "1000" } },
                new PassDetails("quickstart-pass") { Attributes = { ["ticketNumber"] = "ABC123" } }),
            cancellationToken);
        await output.WriteLineAsync($"Wallet pass {pass.PassId}: download at {pass.DownloadUrl}");
        await passes.SendPushNotificationAsync(new SendPushNotificationRequest(templateId, "quickstart-pass", "Your balance is 1000"), cancellationToken);
        await output.WriteLineAsync("Push notification sent to pass quickstart-pass");

        // 3. Capillary: a badge definition, then a bulk enrolment with per-customer outcomes.
        var loyalty = provider.GetRequiredService<LoyaltyClient>();
        var start = DateTimeOffset.UtcNow.AddHours(1);
        var created = await loyalty.CreateBadgeAsync(
            new CreateBadgeRequest($"QuickStart {DateTimeOffset.UtcNow:yyyyMMddHHmmss}", start, start.AddDays(30))
            {
                Description = "Five purchases in a month",
                EarnedBadgeExpiry = BadgeExpiry.Relative(PeriodUnit.Weeks, 2),
                Ownership = { RestrictedToOwners = { OwnerType.Loyalty, OwnerType.Milestones } },
                CustomerConstraints = { CustomerConstraint.FixedWindow(DurationType.Weekly, maxEarnLimit: 1, startDayOfTheWeek: DayOfWeek.Tuesday) },
                BadgeConstraints = { BadgeConstraint.RollingWindow(PeriodUnit.Days, rollValue: 1, maxEarnLimit: 300) },
                Benefits = { BadgeBenefit.Coupon(13686) },
            },
            cancellationToken);
        var badge = created.Badge;
        await output.WriteLineAsync($"Loyalty badge {badge.Id} '{badge.Name}' is {badge.Status}");
        var enrolment = await loyalty.IssueBulkAsync(
            new IssueBulkRequest(badge.Id, [1001, 1002, 1003]) { EventDate = start.AddMinutes(1), TriggeredBy = new BadgeTrigger(OwnerType.Loyalty, "quickstart") },
            cancellationToken);
        foreach (var customer in enrolment.Customers)
        {
            await output.WriteLineAsync($"Customer {customer.CustomerId}: {customer.Outcome}{(customer.Error is { } e ? $" ({e.Code} {e.Message})" : string.Empty)}");
        }
    }
}
