using BadgeSdk.DependencyInjection;
using BadgeSdk.Issuance;
using BadgeSdk.Loyalty;
using BadgeSdk.Passes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers BadgeSdk clients over <c>IHttpClientFactory</c>: <c>services.AddBadgeSdk(configuration.GetSection("BadgeSdk"))</c>,
/// or one API at a time with <c>AddBadgeIssuance</c>, <c>AddBadgePasses</c> and <c>AddBadgeLoyalty</c>
/// (from a configuration section or in code, optionally keyed per tenant).
/// Clients are singletons and thread-safe; inject <see cref="IssuanceClient"/>, <see cref="PassesClient"/>
/// or <see cref="LoyaltyClient"/>. Settings are validated when the host starts.
/// </summary>
public static class BadgeSdkServiceCollectionExtensions
{
    /// <summary>
    /// Registers a client for each API whose section (<c>Issuance</c>, <c>Passes</c>, <c>Loyalty</c>) exists under <paramref name="configuration"/>.
    /// When the host starts, a section that configures no client, or holds a section it does not
    /// read (a misspelling), fails start-up with a message naming the sections looked for and found.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The <c>BadgeSdk</c> section; environment variables such as <c>BadgeSdk__Issuance__ApiToken</c> work as usual.</param>
    /// <returns>The registered clients' HTTP builders.</returns>
    public static BadgeSdkBuilder AddBadgeSdk(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = new BadgeSdkBuilder(services);
        var check = configuration is IConfigurationSection { Path: var path } ? path : string.Empty;
        services.AddOptions<BadgeSdkSectionCheck>(check).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BadgeSdkSectionCheck>>(new BadgeSdkSectionValidator(check, configuration));
        if (configuration.GetSection("Issuance") is { } issuance && issuance.Exists())
        {
            builder.Issuance = services.AddBadgeIssuance(issuance);
        }

        if (configuration.GetSection("Passes") is { } passes && passes.Exists())
        {
            builder.Passes = services.AddBadgePasses(passes);
        }

        if (configuration.GetSection("Loyalty") is { } loyalty && loyalty.Exists())
        {
            builder.Loyalty = services.AddBadgeLoyalty(loyalty);
        }

        return builder;
    }

    /// <summary>Registers <see cref="IssuanceClient"/> bound to a configuration section.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section with <see cref="IssuanceClientOptions"/>' settings.</param>
    /// <param name="serviceKey">A tenant's key, to register a keyed client (inject it with <c>[FromKeyedServices(key)]</c>); <see langword="null"/> for the default client.</param>
    /// <returns>The client's HTTP builder.</returns>
    public static IHttpClientBuilder AddBadgeIssuance(this IServiceCollection services, IConfiguration configuration, string? serviceKey = null)
        => AddIssuance(services, serviceKey, configuration, o => o.Bind(configuration));

    /// <summary>Registers <see cref="IssuanceClient"/> configured in code.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <param name="serviceKey">A tenant's key, to register a keyed client; <see langword="null"/> for the default client.</param>
    /// <returns>The client's HTTP builder.</returns>
    public static IHttpClientBuilder AddBadgeIssuance(this IServiceCollection services, Action<IssuanceClientOptions> configure, string? serviceKey = null)
        => AddIssuance(services, serviceKey, null, o => o.Configure(configure));

    /// <summary>Registers <see cref="PassesClient"/> bound to a configuration section.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section with <see cref="PassesClientOptions"/>' settings.</param>
    /// <param name="serviceKey">A tenant's key, to register a keyed client; <see langword="null"/> for the default client.</param>
    /// <returns>The client's HTTP builder.</returns>
    public static IHttpClientBuilder AddBadgePasses(this IServiceCollection services, IConfiguration configuration, string? serviceKey = null)
        => AddPasses(services, serviceKey, configuration, o => o.Bind(configuration));

    /// <summary>Registers <see cref="PassesClient"/> configured in code.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <param name="serviceKey">A tenant's key, to register a keyed client; <see langword="null"/> for the default client.</param>
    /// <returns>The client's HTTP builder.</returns>
    public static IHttpClientBuilder AddBadgePasses(this IServiceCollection services, Action<PassesClientOptions> configure, string? serviceKey = null)
        => AddPasses(services, serviceKey, null, o => o.Configure(configure));

    /// <summary>Registers <see cref="LoyaltyClient"/> bound to a configuration section.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section with <see cref="LoyaltyClientOptions"/>' settings.</param>
    /// <param name="serviceKey">A tenant's key, to register a keyed client; <see langword="null"/> for the default client.</param>
    /// <returns>The client's HTTP builder.</returns>
    public static IHttpClientBuilder AddBadgeLoyalty(this IServiceCollection services, IConfiguration configuration, string? serviceKey = null)
        => AddLoyalty(services, serviceKey, configuration, o => o.Bind(configuration));

    /// <summary>Registers <see cref="LoyaltyClient"/> configured in code.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <param name="serviceKey">A tenant's key, to register a keyed client; <see langword="null"/> for the default client.</param>
    /// <returns>The client's HTTP builder.</returns>
    public static IHttpClientBuilder AddBadgeLoyalty(this IServiceCollection services, Action<LoyaltyClientOptions> configure, string? serviceKey = null)
        => AddLoyalty(services, serviceKey, null, o => o.Configure(configure));

    private static IHttpClientBuilder AddIssuance(IServiceCollection services, string? key, IConfiguration? section, Action<OptionsBuilder<IssuanceClientOptions>> configure)
        => BadgeClientRegistration.Register(services, key, IssueBadgeDialect.Instance, section, configure, (o, context) => new IssuanceClient(o, context));

    private static IHttpClientBuilder AddPasses(IServiceCollection services, string? key, IConfiguration? section, Action<OptionsBuilder<PassesClientOptions>> configure)
        => BadgeClientRegistration.Register(services, key, BadgeWalletDialect.Instance, section, configure, (o, context) => new PassesClient(o, context));

    private static IHttpClientBuilder AddLoyalty(IServiceCollection services, string? key, IConfiguration? section, Action<OptionsBuilder<LoyaltyClientOptions>> configure)
        => BadgeClientRegistration.Register(services, key, CapillaryDialect.Instance, section, configure, (o, context) => new LoyaltyClient(o, context));
}
