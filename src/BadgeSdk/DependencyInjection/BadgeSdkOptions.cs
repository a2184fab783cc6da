using BadgeSdk.Issuance;
using BadgeSdk.Loyalty;
using BadgeSdk.Passes;

namespace BadgeSdk.DependencyInjection;

/// <summary>
/// The settings <c>AddBadgeSdk</c> reads: one section per API. An area is registered only when
/// its section is set; in <c>appsettings.json</c> these are <c>BadgeSdk:Issuance</c>,
/// <c>BadgeSdk:Passes</c> and <c>BadgeSdk:Loyalty</c>.
/// </summary>
public sealed class BadgeSdkOptions
{
    /// <summary>Gets or sets the IssueBadge settings; <see cref="IssuanceClient"/> is registered when set.</summary>
    public IssuanceClientOptions? Issuance { get; set; }

    /// <summary>Gets or sets the Badge passes settings; <see cref="PassesClient"/> is registered when set.</summary>
    public PassesClientOptions? Passes { get; set; }

    /// <summary>Gets or sets the Capillary settings; <see cref="LoyaltyClient"/> is registered when set.</summary>
    public LoyaltyClientOptions? Loyalty { get; set; }
}
