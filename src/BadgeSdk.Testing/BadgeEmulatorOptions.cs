namespace BadgeSdk.Testing;

/// <summary>The credentials and settings the emulator accepts. Defaults suit tests; nothing here is a real secret.</summary>
public sealed class BadgeEmulatorOptions
{
    /// <summary>Gets or sets the IssueBadge Bearer token accepted.</summary>
    public string IssuanceToken { get; set; } = "emulator-issuebadge-token";

    /// <summary>Gets or sets the Badge workspace API key accepted.</summary>
    public string PassesApiKey { get; set; } = "emulator-badge-key";

    /// <summary>Gets or sets the Capillary till id accepted for Basic authentication.</summary>
    public string LoyaltyTillId { get; set; } = "emulator.till";

    /// <summary>Gets or sets the Capillary till password accepted for Basic authentication.</summary>
    public string LoyaltyPassword { get; set; } = "emulator-password";

    /// <summary>Gets or sets the Capillary OAuth client key accepted.</summary>
    public string LoyaltyOAuthKey { get; set; } = "emulator-oauth-key";

    /// <summary>Gets or sets the Capillary OAuth client secret accepted.</summary>
    public string LoyaltyOAuthSecret { get; set; } = "emulator-oauth-secret";

    /// <summary>Gets or sets how long issued OAuth tokens live. Default 300 s, as Capillary's example.</summary>
    public TimeSpan OAuthTokenLifetime { get; set; } = TimeSpan.FromSeconds(300);

    /// <summary>Gets or sets the port to listen on at 127.0.0.1; 0 (the default) picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>Gets or sets the clock for date rules (Capillary 722/724/816) and webhook timestamps.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
