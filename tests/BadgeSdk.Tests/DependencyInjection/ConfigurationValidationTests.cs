using BadgeSdk.Loyalty;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BadgeSdk.Tests.DependencyInjection;

/// <summary>
/// Start-up validation and binding from configuration: no request is sent, so these run without
/// WireMock and with the unit tests.
/// </summary>
public sealed class ConfigurationValidationTests
{
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

    private static IConfigurationRoot Config(Dictionary<string, string?> values)
        => new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    private static ServiceProvider Build(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddBadgeSdk(configuration.GetSection("BadgeSdk"));
        return services.BuildServiceProvider();
    }
}
