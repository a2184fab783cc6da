using BadgeSdk.Issuance;
using BadgeSdk.Loyalty;
using BadgeSdk.Passes;
using BadgeSdk.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

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
