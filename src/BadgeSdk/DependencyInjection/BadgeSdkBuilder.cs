using Microsoft.Extensions.DependencyInjection;

namespace BadgeSdk.DependencyInjection;

/// <summary>
/// What <c>AddBadgeSdk</c> registered: each configured client's <see cref="IHttpClientBuilder"/>,
/// to add your own handlers. If you add your own resilience handler, set
/// <see cref="BadgeClientOptions.EnableResilience"/> to <see langword="false"/> so that attempts are
/// not retried twice over. Handlers you add run inside the SDK's authentication handler.
/// </summary>
public sealed class BadgeSdkBuilder
{
    internal BadgeSdkBuilder(IServiceCollection services) => Services = services;

    /// <summary>Gets the service collection.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Gets the IssueBadge client's HTTP builder, or <see langword="null"/> when Issuance is not configured.</summary>
    public IHttpClientBuilder? Issuance { get; internal set; }

    /// <summary>Gets the Badge passes client's HTTP builder, or <see langword="null"/> when Passes is not configured.</summary>
    public IHttpClientBuilder? Passes { get; internal set; }

    /// <summary>Gets the Capillary client's HTTP builder, or <see langword="null"/> when Loyalty is not configured.</summary>
    public IHttpClientBuilder? Loyalty { get; internal set; }
}
