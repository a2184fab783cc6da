using System.Net;
using BadgeSdk.DependencyInjection;
using BadgeSdk.Issuance;
using BadgeSdk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BadgeSdk.Tests.DependencyInjection;

/// <summary>Registration through dependency injection, over an in-memory handler: arguments, logging and validation.</summary>
public sealed class RegistrationTests
{
    [Fact]
    public void A_blank_service_key_or_null_arguments_are_refused()
    {
        var services = new ServiceCollection();

        Assert.ThrowsAny<ArgumentException>(() => services.AddBadgeIssuance(o => o.ApiToken = "t", serviceKey: " "));
        Assert.Equal("configuration", Assert.Throws<ArgumentNullException>(() => services.AddBadgeSdk(null!)).ParamName);
        Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddBadgeIssuance(o => o.ApiToken = "t"));
    }

    [Fact]
    public async Task The_pipeline_logs_to_the_hosts_logger_factory_under_the_areas_category()
    {
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        using var handler = new StubHandler((_, n) => StubHandler.Json(n == 1 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK, """{"data":[]}"""));
        services.AddBadgeIssuance(o =>
        {
            o.ApiToken = "t";
            o.Retry.BaseDelay = TimeSpan.FromMilliseconds(1);
            o.Retry.MaxDelay = TimeSpan.FromMilliseconds(2);
        }).ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IssuanceClient>().ListBadgeTemplatesAsync();

        var retry = Assert.Single(logs.Entries, e => e.EventId == 1003);
        Assert.Equal("BadgeSdk.Issuance", retry.Category);
    }

    [Fact]
    public async Task A_keyed_client_is_resolved_by_its_key_only_and_uses_its_own_options()
    {
        var services = new ServiceCollection();
        using var handler = StubHandler.Always(HttpStatusCode.OK, """{"data":[]}""");
        services.AddBadgeIssuance(o => o.ApiToken = "tenant-a", serviceKey: "A").ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredKeyedService<IssuanceClient>("A");
        await client.ListBadgeTemplatesAsync();

        Assert.Null(provider.GetService<IssuanceClient>());
        Assert.Equal("Bearer tenant-a", Assert.Single(handler.Requests).Headers.Authorization!.ToString());
        Assert.Equal("tenant-a", provider.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<IssuanceClientOptions>>().Get("BadgeSdk.Issuance.A").ApiToken);
    }

    [Fact]
    public void The_validator_passes_valid_options_and_lists_every_problem_of_invalid_ones()
    {
        var validator = new BadgeOptionsValidator<IssuanceClientOptions>("n", "BadgeSdk:Issuance", section: null);

        Assert.True(validator.Validate("n", new IssuanceClientOptions { ApiToken = "t" }).Succeeded);
        Assert.True(validator.Validate("other", new IssuanceClientOptions()).Skipped);
        var failed = validator.Validate("n", new IssuanceClientOptions { AttemptTimeout = TimeSpan.Zero });
        Assert.True(failed.Failed);
        Assert.Equal(
            ["BadgeSdk:Issuance:AttemptTimeout must be between 10 ms and 24 h, or Timeout.InfiniteTimeSpan for none.", "BadgeSdk:Issuance:ApiToken is required: the IssueBadge API token, sent as a Bearer token."],
            failed.Failures);
    }
}
