using BadgeSdk;
using BadgeSdk.DependencyInjection;
using BadgeSdk.Issuance;
using BadgeSdk.Loyalty;
using BadgeSdk.Passes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers BadgeSdk clients over <c>IHttpClientFactory</c>: <c>services.AddBadgeSdk(configuration.GetSection("BadgeSdk"))</c>.
/// Clients are singletons and thread-safe; inject <see cref="IssuanceClient"/>, <see cref="PassesClient"/>
/// or <see cref="LoyaltyClient"/>. Settings are validated when the host starts.
/// </summary>
public static class BadgeSdkServiceCollectionExtensions
{
    /// <summary>Registers a client for each API whose section (<c>Issuance</c>, <c>Passes</c>, <c>Loyalty</c>) exists under <paramref name="configuration"/>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The <c>BadgeSdk</c> section; environment variables such as <c>BadgeSdk__Issuance__ApiToken</c> work as usual.</param>
    /// <returns>The registered clients' HTTP builders.</returns>
    public static BadgeSdkBuilder AddBadgeSdk(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = new BadgeSdkBuilder(services);
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

    /// <summary>Registers a client for each API the action sets.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets <see cref="BadgeSdkOptions.Issuance"/>, <see cref="BadgeSdkOptions.Passes"/> and/or <see cref="BadgeSdkOptions.Loyalty"/>.</param>
    /// <returns>The registered clients' HTTP builders.</returns>
    public static BadgeSdkBuilder AddBadgeSdk(this IServiceCollection services, Action<BadgeSdkOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var probe = new BadgeSdkOptions();
        configure(probe);
        var builder = new BadgeSdkBuilder(services);
        if (probe.Issuance is not null)
        {
            builder.Issuance = services.AddBadgeIssuance(o => Apply(configure, s => s.Issuance, o));
        }

        if (probe.Passes is not null)
        {
            builder.Passes = services.AddBadgePasses(o => Apply(configure, s => s.Passes, o));
        }

        if (probe.Loyalty is not null)
        {
            builder.Loyalty = services.AddBadgeLoyalty(o => Apply(configure, s => s.Loyalty, o));
        }

        return builder;
    }

    /// <summary>Registers <see cref="IssuanceClient"/> bound to a configuration section.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section with <see cref="IssuanceClientOptions"/>' settings.</param>
    /// <returns>The client's HTTP builder.</returns>
    public static IHttpClientBuilder AddBadgeIssuance(this IServiceCollection services, IConfiguration configuration)
        => AddIssuance(services, null, o => o.Bind(configuration));

    /// <summary>Registers <see cref="IssuanceClient"/> configured in code.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The client's HTTP builder.</returns>
    public static IHttpClientBuilder AddBadgeIssuance(this IServiceCollection services, Action<IssuanceClientOptions> configure)
        => AddIssuance(services, null, o => o.Configure(configure));

    /// <summary>Registers a keyed <see cref="IssuanceClient"/> (one per tenant): inject it with <c>[FromKeyedServices(key)]</c>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="serviceKey">The tenant's key.</param>
    /// <param name="configuration">The tenant's section.</param>
    /// <returns>The client's HTTP builder.</returns>
    public static IHttpClientBuilder AddBadgeIssuance(this IServiceCollection services, string serviceKey, IConfiguration configuration)
        => AddIssuance(services, RequireKey(serviceKey), o => o.Bind(configuration));

    /// <summary>Registers a keyed <see cref="IssuanceClient"/> configured in code.</summary>
    /// <param name="services">The services.</param>
    /// <param name="serviceKey">The tenant's key.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The client's HTTP builder.</returns>
    public static IHttpClientBuilder AddBadgeIssuance(this IServiceCollection services, string serviceKey, Action<IssuanceClientOptions> configure)
        => AddIssuance(services, RequireKey(serviceKey), o => o.Configure(configure));

    /// <summary>Registers <see cref="PassesClient"/> bound to a configuration section.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section with <see cref="PassesClientOptions"/>' settings.</param>
    /// <returns>The client's HTTP builder.</returns>
    public static IHttpClientBuilder AddBadgePasses(this IServiceCollection services, IConfiguration configuration)
        => AddPasses(services, null, o => o.Bind(configuration));

    /// <summary>Registers <see cref="PassesClient"/> configured in code.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The client's HTTP builder.</returns>
    public static IHttpClientBuilder AddBadgePasses(this IServiceCollection services, Action<PassesClientOptions> configure)
        => AddPasses(services, null, o => o.Configure(configure));

    /// <summary>Registers a keyed <see cref="PassesClient"/>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="serviceKey">The tenant's key.</param>
    /// <param name="configuration">The tenant's section.</param>
    /// <returns>The client's HTTP builder.</returns>
    public static IHttpClientBuilder AddBadgePasses(this IServiceCollection services, string serviceKey, IConfiguration configuration)
        => AddPasses(services, RequireKey(serviceKey), o => o.Bind(configuration));

    /// <summary>Registers a keyed <see cref="PassesClient"/> configured in code.</summary>
    /// <param name="services">The services.</param>
    /// <param name="serviceKey">The tenant's key.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The client's HTTP builder.</returns>
    public static IHttpClientBuilder AddBadgePasses(this IServiceCollection services, string serviceKey, Action<PassesClientOptions> configure)
        => AddPasses(services, RequireKey(serviceKey), o => o.Configure(configure));

    /// <summary>Registers <see cref="LoyaltyClient"/> bound to a configuration section.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section with <see cref="LoyaltyClientOptions"/>' settings.</param>
    /// <returns>The client's HTTP builder.</returns>
    public static IHttpClientBuilder AddBadgeLoyalty(this IServiceCollection services, IConfiguration configuration)
        => AddLoyalty(services, null, o => o.Bind(configuration));

    /// <summary>Registers <see cref="LoyaltyClient"/> configured in code.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The client's HTTP builder.</returns>
    public static IHttpClientBuilder AddBadgeLoyalty(this IServiceCollection services, Action<LoyaltyClientOptions> configure)
        => AddLoyalty(services, null, o => o.Configure(configure));

    /// <summary>Registers a keyed <see cref="LoyaltyClient"/>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="serviceKey">The tenant's key.</param>
    /// <param name="configuration">The tenant's section.</param>
    /// <returns>The client's HTTP builder.</returns>
    public static IHttpClientBuilder AddBadgeLoyalty(this IServiceCollection services, string serviceKey, IConfiguration configuration)
        => AddLoyalty(services, RequireKey(serviceKey), o => o.Bind(configuration));

    /// <summary>Registers a keyed <see cref="LoyaltyClient"/> configured in code.</summary>
    /// <param name="services">The services.</param>
    /// <param name="serviceKey">The tenant's key.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The client's HTTP builder.</returns>
    public static IHttpClientBuilder AddBadgeLoyalty(this IServiceCollection services, string serviceKey, Action<LoyaltyClientOptions> configure)
        => AddLoyalty(services, RequireKey(serviceKey), o => o.Configure(configure));

    private static IHttpClientBuilder AddIssuance(IServiceCollection services, string? key, Action<OptionsBuilder<IssuanceClientOptions>> configure)
        => BadgeClientRegistration.Register(services, key, IssuanceClient.ApiName, configure, (o, context) => new IssuanceClient(o, context));

    private static IHttpClientBuilder AddPasses(IServiceCollection services, string? key, Action<OptionsBuilder<PassesClientOptions>> configure)
        => BadgeClientRegistration.Register(services, key, PassesClient.ApiName, configure, (o, context) => new PassesClient(o, context));

    private static IHttpClientBuilder AddLoyalty(IServiceCollection services, string? key, Action<OptionsBuilder<LoyaltyClientOptions>> configure)
        => BadgeClientRegistration.Register(services, key, LoyaltyClient.ApiName, configure, (o, context) => new LoyaltyClient(o, context));

    private static string RequireKey(string serviceKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceKey);
        return serviceKey;
    }

    // Options built in code are built afresh for each resolution, then copied into the
    // instance the options system owns, so validation and named options work as for configuration.
    private static void Apply<TOptions>(Action<BadgeSdkOptions> configure, Func<BadgeSdkOptions, TOptions?> area, TOptions target)
        where TOptions : BadgeClientOptions
    {
        var fresh = new BadgeSdkOptions();
        configure(fresh);
        area(fresh)?.CopyTo(target);
    }
}
