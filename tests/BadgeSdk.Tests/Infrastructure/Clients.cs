using BadgeSdk.Issuance;
using BadgeSdk.Loyalty;
using BadgeSdk.Passes;

namespace BadgeSdk.Tests.Infrastructure;

/// <summary>SDK clients pointed at WireMock, with retry delays short enough for tests.</summary>
internal static class Clients
{
    public const string IssuanceToken = "test-issuebadge-token";

    public static IssuanceClientOptions IssuanceOptions(Uri baseAddress, string token = IssuanceToken)
    {
        var options = new IssuanceClientOptions { BaseAddress = baseAddress, ApiToken = token };
        Shorten(options);
        return options;
    }

    public static IssuanceClient Issuance(Uri baseAddress, Action<IssuanceClientOptions>? configure = null, string token = IssuanceToken)
    {
        var options = IssuanceOptions(baseAddress, token);
        configure?.Invoke(options);
        return new IssuanceClient(options);
    }

    public const string PassesKey = "test-badge-key";

    /// <summary>A Passes client with the key the WireMock mappings expect.</summary>
    public static PassesClient Passes(Uri baseAddress, Action<PassesClientOptions>? configure = null, HttpMessageHandler? primary = null)
    {
        var options = new PassesClientOptions { BaseAddress = baseAddress, ApiKey = PassesKey };
        Shorten(options);
        configure?.Invoke(options);
        return primary is null ? new PassesClient(options) : new PassesClient(options, primary);
    }

    public const string TillId = "till.test";
    public const string TillPassword = "test-password";

    /// <summary>A Loyalty client with the Basic credentials the WireMock mappings expect.</summary>
    public static LoyaltyClient Loyalty(Uri baseAddress, Action<LoyaltyClientOptions>? configure = null)
    {
        var options = new LoyaltyClientOptions { BaseAddress = baseAddress, TillId = TillId, Password = TillPassword };
        Shorten(options);
        configure?.Invoke(options);
        return new LoyaltyClient(options);
    }

    public static void Shorten(BadgeClientOptions options)
    {
        options.AttemptTimeout = TimeSpan.FromSeconds(5);
        options.OverallTimeout = TimeSpan.FromSeconds(30);
        options.Retry.BaseDelay = TimeSpan.FromMilliseconds(20);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(200);
        options.Retry.MaxRetryAfter = TimeSpan.FromSeconds(5);
    }
}
