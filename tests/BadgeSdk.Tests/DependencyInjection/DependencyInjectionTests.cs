using BadgeSdk.Issuance;
using BadgeSdk.Loyalty;
using BadgeSdk.Passes;
using BadgeSdk.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BadgeSdk.Tests.DependencyInjection;

/// <summary>AddBadgeSdk and friends: resolution, keyed tenants, start-up validation, configuration sources.</summary>
[Collection(WireMockGroup.Name)]
[Trait("Category", "Contract")]
public sealed class DependencyInjectionTests(WireMockServer wireMock)
{
    [Fact]
    public async Task One_call_registers_every_configured_client_and_each_works()
    {
        await using var provider = Build(Config(new()
        {
            ["BadgeSdk:Issuance:BaseAddress"] = new Uri(wireMock.BaseUri, "/api/v1/").ToString(),
            ["BadgeSdk:Issuance:ApiToken"] = Clients.IssuanceToken,
            ["BadgeSdk:Passes:BaseAddress"] = wireMock.BaseUri.ToString(),
            ["BadgeSdk:Passes:ApiKey"] = Clients.PassesKey,
            ["BadgeSdk:Loyalty:BaseAddress"] = wireMock.BaseUri.ToString(),
            ["BadgeSdk:Loyalty:TillId"] = Clients.TillId,
            ["BadgeSdk:Loyalty:Password"] = Clients.TillPassword,
        }));

        var issued = await provider.GetRequiredService<IssuanceClient>().IssueBadgeAsync(new IssueBadgeRequest("abc123", "John Doe") { Email = "john@example.com", Phone = "+1234567890" });
        var templates = await provider.GetRequiredService<PassesClient>().ListPassTemplatesAsync();
        var enrolment = await provider.GetRequiredService<LoyaltyClient>().IssueBulkAsync(new IssueBulkRequest("653de84db3cda7078c7c68ed", [566881934, 566881933])
        {
            RequestId = "10few789",
            EventDate = new DateTimeOffset(2024, 4, 23, 8, 14, 15, TimeSpan.Zero),
            TriggeredBy = new BadgeTrigger(OwnerType.Loyalty, "626"),
        });

        Assert.Equal("xyz789", issued.IssueId);
        Assert.Equal(2, templates.Count);
        Assert.Single(enrolment.Enrolled);
        Assert.Same(provider.GetRequiredService<IssuanceClient>(), provider.GetRequiredService<IssuanceClient>());
    }

    [Fact]
    public async Task Only_configured_sections_are_registered()
    {
        var services = new ServiceCollection();
        var builder = services.AddBadgeSdk(Config(new() { ["BadgeSdk:Issuance:ApiToken"] = "t" }).GetSection("BadgeSdk"));
        await using var provider = services.BuildServiceProvider();

        Assert.NotNull(builder.Issuance);
        Assert.Null(builder.Passes);
        Assert.Null(builder.Loyalty);
        Assert.NotNull(provider.GetService<IssuanceClient>());
        Assert.Null(provider.GetService<PassesClient>());
        Assert.Null(provider.GetService<LoyaltyClient>());
    }

    [Fact]
    public async Task Keyed_tenants_reach_the_server_with_their_own_credentials()
    {
        var prefix = $"/t/{Guid.NewGuid():N}/";
        await wireMock.StubAsync(Mapping.Of("GET", prefix + "badge/getall", """{"status":200,"jsonBody":{"success":true,"data":[]}}"""));
        var services = new ServiceCollection();
        services.AddBadgeIssuance(o => Point(o, prefix, "token-a"), serviceKey: "tenant-a");
        services.AddBadgeIssuance(o => Point(o, prefix, "token-b"), serviceKey: "tenant-b");
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredKeyedService<IssuanceClient>("tenant-a").ListBadgeTemplatesAsync();
        await provider.GetRequiredKeyedService<IssuanceClient>("tenant-b").ListBadgeTemplatesAsync();
        await provider.GetRequiredKeyedService<IssuanceClient>("tenant-a").ListBadgeTemplatesAsync();

        var tokens = (await wireMock.RequestsAsync(prefix)).Select(r => r.Header("Authorization"));
        Assert.Equal(["Bearer token-a", "Bearer token-b", "Bearer token-a"], tokens);
        Assert.NotSame(provider.GetRequiredKeyedService<IssuanceClient>("tenant-a"), provider.GetRequiredKeyedService<IssuanceClient>("tenant-b"));
    }

    [Fact]
    public async Task Code_overload_registers_only_its_area()
    {
        var services = new ServiceCollection();
        services.AddBadgePasses(o =>
        {
            o.ApiKey = Clients.PassesKey;
            o.BaseAddress = wireMock.BaseUri;
        });
        await using var provider = services.BuildServiceProvider();

        Assert.Null(provider.GetService<IssuanceClient>());
        Assert.Equal(2, (await provider.GetRequiredService<PassesClient>().ListPassTemplatesAsync()).Count);
    }

    [Fact]
    public async Task Users_handlers_run_and_resilience_can_be_switched_off()
    {
        var prefix = $"/t/{Guid.NewGuid():N}/";
        await wireMock.StubAsync(Mapping.Of("GET", prefix + "badge/getall", """{"status":503}"""));
        var services = new ServiceCollection();
        services.AddBadgeIssuance(o =>
        {
            Point(o, prefix, "t");
            o.EnableResilience = false;
        }).AddHttpMessageHandler(() => new HeaderHandler("X-Users-Handler", "ran"));
        await using var provider = services.BuildServiceProvider();

        await Assert.ThrowsAsync<BadgeTransientException>(() => provider.GetRequiredService<IssuanceClient>().ListBadgeTemplatesAsync());

        var request = Assert.Single(await wireMock.RequestsAsync(prefix));
        Assert.Equal("ran", request.Header("X-Users-Handler"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_sdk_logs_each_call_and_the_factory_logging_handlers_are_off_unless_added_back(bool addDefaultLogger)
    {
        var prefix = $"/t/{Guid.NewGuid():N}/";
        await wireMock.StubAsync(Mapping.Of("GET", prefix + "badge/getall", """{"status":200,"jsonBody":{"success":true,"data":[]}}"""));
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        var http = services.AddBadgeIssuance(o => Point(o, prefix, "t"));
        if (addDefaultLogger)
        {
            http.AddDefaultLogger();
        }

        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IssuanceClient>().ListBadgeTemplatesAsync();

        Assert.Contains(logs.Entries, e => e.Category == "BadgeSdk.Issuance" && e.EventId == 1001);
        Assert.Equal(addDefaultLogger, logs.Entries.Any(e => e.Category.StartsWith("System.Net.Http.HttpClient.", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Sdk_resilience_retries_through_the_factory_pipeline()
    {
        var prefix = $"/t/{Guid.NewGuid():N}/";
        var scenario = "s-" + Guid.NewGuid().ToString("N");
        await wireMock.StubAsync(Mapping.Of("GET", prefix + "badge/getall", """{"status":503}""", scenario, "Started", "ok"));
        await wireMock.StubAsync(Mapping.Of("GET", prefix + "badge/getall", """{"status":200,"jsonBody":{"success":true,"data":[]}}""", scenario, "ok"));
        var services = new ServiceCollection();
        services.AddBadgeIssuance(o => Point(o, prefix, "t"));
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IssuanceClient>().ListBadgeTemplatesAsync();

        Assert.Equal(2, (await wireMock.RequestsAsync(prefix)).Count);
    }

    [Theory]
    [InlineData("Issuance:ApiToken", "BadgeSdk:Issuance:BaseAddress", "https://app.issuebadge.com/api/v1/", "BadgeSdk:Issuance:ApiToken", "")]
    [InlineData("Issuance:BaseAddress must be an absolute URI", "BadgeSdk:Issuance:BaseAddress", "api/v1", "BadgeSdk:Issuance:ApiToken", "t")]
    [InlineData("Issuance:BaseAddress must use https", "BadgeSdk:Issuance:BaseAddress", "http://app.issuebadge.com/api/v1/", "BadgeSdk:Issuance:ApiToken", "t")]
    [InlineData("Issuance:AttemptTimeout", "BadgeSdk:Issuance:AttemptTimeout", "00:05:00", "BadgeSdk:Issuance:ApiToken", "t")]
    [InlineData("Issuance:OverallTimeout must be between 10 ms and 24 h", "BadgeSdk:Issuance:OverallTimeout", "-00:00:01", "BadgeSdk:Issuance:ApiToken", "t")]
    [InlineData("Passes:ApiKey", "BadgeSdk:Passes:BaseAddress", "https://api.trybadge.com/", "BadgeSdk:Passes:ApiKey", " ")]
    [InlineData("Loyalty: configure exactly one", "BadgeSdk:Loyalty:TillId", "till", "BadgeSdk:Loyalty:OAuthClientKey", "key")]
    [InlineData("Loyalty: Basic authentication needs both", "BadgeSdk:Loyalty:TillId", "till", "BadgeSdk:Loyalty:BaseAddress", "https://eu.api.capillarytech.com/")]
    [InlineData("Issuance:Retry:MaxRetries cannot be negative", "BadgeSdk:Issuance:Retry:MaxRetries", "-1", "BadgeSdk:Issuance:ApiToken", "t")]
    [InlineData("Loyalty:OAuthTokenEndpoint must use https", "BadgeSdk:Loyalty:OAuthTokenEndpoint", "http://eu.api.capillarytech.com/v3/oauth/token/generate", "BadgeSdk:Loyalty:TillId", "till")]
    [InlineData("Passes:PushNotificationPath", "BadgeSdk:Passes:PushNotificationPath", "../../admin/delete?all=1", "BadgeSdk:Passes:ApiKey", "k")]
    [InlineData("Issuance:ApiToken", "BadgeSdk:Issuance:BaseAddress", "https://app.issuebadge.com/api/v1/", "BadgeSdk:Issuance:ApiToken", "123|tökén")]
    public async Task Start_up_validation_names_the_setting(string expected, string key1, string value1, string key2, string value2)
    {
        await using var provider = Build(Config(new() { [key1] = value1, [key2] = value2 }));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("BadgeSdk:Issuence:ApiToken", "'BadgeSdk:Issuence'", "'BadgeSdk:Issuance'")]
    [InlineData("BadgeSdk:Issuance:ApiToken", null, null)]
    [InlineData("Badge:Issuance:ApiToken", "'BadgeSdk' is missing or empty", "'BadgeSdk:Issuance', 'BadgeSdk:Passes', 'BadgeSdk:Loyalty'")]
    public async Task A_missing_or_misspelled_section_fails_start_up_naming_what_was_looked_for(string key, string? expected, string? lookedFor)
    {
        await using var provider = Build(Config(new() { [key] = "t" }));

        var validate = () => provider.GetRequiredService<IStartupValidator>().Validate();

        if (expected is null)
        {
            validate();
            return;
        }

        var error = Assert.Throws<OptionsValidationException>(validate);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains(lookedFor!, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_keyed_tenant_is_named_by_its_own_section()
    {
        var configuration = Config(new()
        {
            ["Tenants:A:ApiToken"] = " ",
            ["Tenants:A:BaseAddress"] = "https://app.issuebadge.com/api/v1/",
            ["Tenants:B:ApiToken"] = "t",
        });
        var services = new ServiceCollection();
        services.AddBadgeIssuance(configuration.GetSection("Tenants:A"), serviceKey: "A");
        services.AddBadgeIssuance(configuration.GetSection("Tenants:B"), serviceKey: "B");
        services.AddBadgeIssuance(configuration.GetSection("Tenants:C"), serviceKey: "C");
        services.AddBadgeIssuance(o => o.ApiToken = string.Empty, serviceKey: "D");
        await using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<AggregateException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        var messages = error.InnerExceptions.Select(e => e.Message).ToList();

        Assert.Equal(3, messages.Count);
        Assert.Contains(messages, m => m.StartsWith("Tenants:A:ApiToken is required", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("'Tenants:C' that Issuance settings are bound from is missing or empty", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("Issuance (service key 'D'):ApiToken is required", StringComparison.Ordinal));
        Assert.DoesNotContain(messages, m => m.Contains("BadgeSdk:", StringComparison.Ordinal) || m.Contains("Tenants:B", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Loopback_http_is_allowed()
    {
        await using var provider = Build(Config(new() { ["BadgeSdk:Issuance:BaseAddress"] = "http://127.0.0.1:9/", ["BadgeSdk:Issuance:ApiToken"] = "t" }));

        provider.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public async Task Environment_variables_configure_the_client()
    {
        var prefix = $"/t/{Guid.NewGuid():N}/";
        await wireMock.StubAsync(Mapping.Of("GET", prefix + "badge/getall", """{"status":200,"jsonBody":{"success":true,"data":[]}}"""));
        Environment.SetEnvironmentVariable("BadgeSdk__Issuance__ApiToken", "token-from-env");
        Environment.SetEnvironmentVariable("BadgeSdk__Issuance__BaseAddress", new Uri(wireMock.BaseUri, prefix).ToString());
        try
        {
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
            await using var provider = Build(configuration);

            await provider.GetRequiredService<IssuanceClient>().ListBadgeTemplatesAsync();

            Assert.Equal("Bearer token-from-env", (await wireMock.RequestsAsync(prefix)).Single().Header("Authorization"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("BadgeSdk__Issuance__ApiToken", null);
            Environment.SetEnvironmentVariable("BadgeSdk__Issuance__BaseAddress", null);
        }
    }

    [Fact]
    public async Task Nested_settings_bind_from_configuration()
    {
        await using var provider = Build(Config(new()
        {
            ["BadgeSdk:Loyalty:OAuthClientKey"] = "k",
            ["BadgeSdk:Loyalty:OAuthClientSecret"] = "s",
            ["BadgeSdk:Loyalty:OAuthTokenHeaderName"] = "CAP-API-ACCESS-TOKEN",
            ["BadgeSdk:Loyalty:Retry:MaxRetries"] = "7",
            ["BadgeSdk:Loyalty:CircuitBreaker:Enabled"] = "false",
            ["BadgeSdk:Loyalty:IssueBulkChunkSize"] = "250",
            ["BadgeSdk:Loyalty:OverallTimeout"] = "00:03:00",
        }));

        var options = provider.GetRequiredService<IOptionsMonitor<LoyaltyClientOptions>>().Get("BadgeSdk.Loyalty");

        Assert.Equal("CAP-API-ACCESS-TOKEN", options.OAuthTokenHeaderName);
        Assert.Equal(7, options.Retry.MaxRetries);
        Assert.False(options.CircuitBreaker.Enabled);
        Assert.Equal(250, options.IssueBulkChunkSize);
        Assert.Equal(TimeSpan.FromMinutes(3), options.OverallTimeout);
        Assert.Equal(CapillaryRegion.India.BaseAddress, options.BaseAddress);
    }

    private void Point(IssuanceClientOptions options, string prefix, string token)
    {
        options.BaseAddress = new Uri(wireMock.BaseUri, prefix);
        options.ApiToken = token;
    }

    private static IConfigurationRoot Config(Dictionary<string, string?> values)
        => new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    private static ServiceProvider Build(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddBadgeSdk(configuration.GetSection("BadgeSdk"));
        return services.BuildServiceProvider();
    }

    private sealed class HeaderHandler(string name, string value) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.TryAddWithoutValidation(name, value);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
