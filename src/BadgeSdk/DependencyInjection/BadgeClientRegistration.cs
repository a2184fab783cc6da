using System.Diagnostics.CodeAnalysis;
using BadgeSdk.Core.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BadgeSdk.DependencyInjection;

/// <summary>
/// Registers one client the same way for every area: named options validated at start-up, a named
/// HttpClient from IHttpClientFactory whose chain comes from <see cref="BadgePipeline"/> (the same
/// one a standalone client builds), and the client as a singleton (keyed when a service key is
/// given) that takes a fresh HttpClient from the factory per call.
/// </summary>
internal static class BadgeClientRegistration
{
    public static IHttpClientBuilder Register<TClient, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(
        IServiceCollection services,
        string? serviceKey,
        ResponseDialect dialect,
        Action<OptionsBuilder<TOptions>> configure,
        Func<TOptions, BadgeClientContext, TClient> create)
        where TClient : class
        where TOptions : BadgeClientOptions, new()
    {
        ArgumentNullException.ThrowIfNull(services);
        if (serviceKey is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(serviceKey);
        }

        var section = new TOptions().SectionName;
        var name = serviceKey is null ? $"BadgeSdk.{section}" : $"BadgeSdk.{section}.{serviceKey}";

        var options = services.AddOptions<TOptions>(name);
        configure(options);
        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, BadgeOptionsValidator<TOptions>>());

        // One pipeline per registration: handler rotation must not reset the OAuth token or the circuit breaker.
        services.AddKeyedSingleton(name, (sp, _) =>
        {
            var resolved = Options<TOptions>(sp, name);
            var logger = Logger(sp, section);
            return new BadgePipeline(resolved, resolved.CreateAuthenticator(logger), dialect, logger);
        });
        var http = services.AddHttpClient(name)
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan) // the SDK's pipeline owns timeouts
            .ConfigurePrimaryHttpMessageHandler(BadgePipeline.CreatePrimaryHandler)
            .ConfigureAdditionalHttpMessageHandlers((handlers, sp) =>
            {
                foreach (var handler in sp.GetRequiredKeyedService<BadgePipeline>(name).CreateHandlers())
                {
                    handlers.Add(handler);
                }
            });

        TClient Create(IServiceProvider sp)
        {
            var resolved = Options<TOptions>(sp, name);
            var factory = sp.GetRequiredService<IHttpClientFactory>();
            return create(resolved, BadgeClientContext.FromFactory(resolved, dialect, sp.GetService<ILoggerFactory>(), () => factory.CreateClient(name)));
        }

        if (serviceKey is null)
        {
            services.AddSingleton(Create);
        }
        else
        {
            services.AddKeyedSingleton(serviceKey, (sp, _) => Create(sp));
        }

        return http;
    }

    private static TOptions Options<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(IServiceProvider services, string name)
        where TOptions : BadgeClientOptions
        => services.GetRequiredService<IOptionsMonitor<TOptions>>().Get(name);

    private static ILogger Logger(IServiceProvider services, string section)
        => (services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger($"BadgeSdk.{section}");
}
