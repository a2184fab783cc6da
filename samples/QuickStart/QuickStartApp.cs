using BadgeSdk;
using BadgeSdk.Issuance;
using BadgeSdk.Loyalty;
using BadgeSdk.Passes;
using BadgeSdk.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace QuickStart;

/// <summary>
/// Issues a badge with custom fields and an image, upserts a wallet pass and pushes to it, creates
/// a loyalty badge and enrols customers, printing each result.
/// </summary>
public static class QuickStartApp
{
    // A 1×1 PNG, so the sample needs no file.
    private static readonly Vendor[] Vendors =
    [
        new("IssueBadge", "Issuance", ["ApiToken"], "BadgeSdk__Issuance__ApiToken", new IssuanceClientOptions().BaseAddress, "IssueBadge issues (and emails) a badge to ada@example.com"),
        new("Badge passes", "Passes", ["ApiKey"], "BadgeSdk__Passes__ApiKey", new PassesClientOptions().BaseAddress, "Badge upserts pass quickstart-pass and pushes a notification to it"),
        new("Capillary", "Loyalty", ["TillId", "OAuthClientKey"], "BadgeSdk__Loyalty__TillId + BadgeSdk__Loyalty__Password (or __OAuthClientKey + __OAuthClientSecret)", new LoyaltyClientOptions().BaseAddress, "Capillary creates a loyalty badge and enrols customers 1001-1003"),
    ];

    private const string PhotoBase64 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

    /// <summary>Runs the tour.</summary>
    /// <param name="configuration">Holds <c>BadgeSdk:*</c> credentials and <c>QuickStart:*</c> ids; each API without credentials runs against the emulator.</param>
    /// <param name="output">Where results are printed.</param>
    /// <param name="input">Where the answer to "continue?" is read before the first real call.</param>
    /// <param name="assumeYes">Make real calls without asking (<c>--yes</c>).</param>
    /// <param name="emulator">An emulator to use for the APIs without credentials instead of starting one (tests pass theirs to inspect it afterwards).</param>
    /// <param name="cancellationToken">Stops the tour (Ctrl+C).</param>
    /// <returns>The process exit code: 0 done, 1 failed or declined, 2 misconfigured, 130 stopped.</returns>
    public static async Task<int> RunAsync(IConfiguration configuration, TextWriter output, TextReader input, bool assumeYes, BadgeEmulator? emulator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(input);
        var real = Vendors.Where(v => v.IsConfigured(configuration)).ToList();
        var emulated = Vendors.Except(real).ToList();
        BadgeEmulator? started = null;
        try
        {
            if (emulated.Count > 0)
            {
                emulator ??= started = await BadgeEmulator.StartAsync(cancellationToken: cancellationToken);
                var values = emulator.ConfigurationValues().Where(v => emulated.Any(e => v.Key.StartsWith($"BadgeSdk:{e.Section}:", StringComparison.Ordinal)));
                configuration = new ConfigurationBuilder().AddConfiguration(configuration).AddInMemoryCollection(values).Build();
            }

            if (real.Count == 0)
            {
                await output.WriteLineAsync($"No credentials configured: running against the built-in BadgeSdk emulator at {emulator!.BaseAddress}");
                await output.WriteLineAsync($"To call the real APIs, set {string.Join("; ", Vendors.Select(v => v.Variables))} (environment variables, or `dotnet user-secrets set BadgeSdk:Issuance:ApiToken <token> --project samples/QuickStart`).");
            }
            else
            {
                foreach (var vendor in Vendors)
                {
                    await output.WriteLineAsync(real.Contains(vendor)
                        ? $"{vendor.Name}: the real API at {configuration[$"BadgeSdk:{vendor.Section}:BaseAddress"] ?? vendor.DefaultAddress.ToString()}, with your credentials."
                        : $"{vendor.Name}: the BadgeSdk emulator at {emulator!.BaseAddress} (set {vendor.Variables} to use the real API).");
                }

                if (!assumeYes && !await ConfirmAsync(real, output, input, cancellationToken))
                {
                    return 1;
                }
            }

            var services = new ServiceCollection();
            services.AddBadgeSdk(configuration.GetSection("BadgeSdk"));
            await using var provider = services.BuildServiceProvider();
            await RunTourAsync(provider, configuration, output, cancellationToken);
            return 0;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await output.WriteLineAsync("Stopped (Ctrl+C). Calls that completed stand; nothing else was sent.");
            return 130;
        }
        catch (OptionsValidationException e)
        {
            await output.WriteLineAsync($"Configuration: {e.Message}");
            return 2;
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

    // Real calls cannot be undone (IssueBadge emails the badge, Capillary enrols customers): ask first.
    private static async Task<bool> ConfirmAsync(List<Vendor> real, TextWriter output, TextReader input, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync($"This makes real calls that cannot be undone: {string.Join("; ", real.Select(v => v.RealEffect))}.");
        await output.WriteAsync("Continue? [y/N] ");
        await output.FlushAsync(cancellationToken);

        // A console read does not observe the token; waiting on it does, so Ctrl+C still ends the prompt.
        var answer = await Task.Run(input.ReadLine, CancellationToken.None).WaitAsync(cancellationToken);
        if (answer is null)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync("No answer (input closed): pass --yes to make the real calls without asking. Nothing was sent.");
            return false;
        }

        if (answer.Trim().ToLowerInvariant() is "y" or "yes")
        {
            return true;
        }

        await output.WriteLineAsync("Nothing was sent.");
        return false;
    }

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
