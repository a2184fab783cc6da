using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using BadgeSdk.Issuance;
using BadgeSdk.Loyalty;
using BadgeSdk.Passes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BadgeSdk.Testing;

/// <summary>
/// An in-process emulator of the three APIs BadgeSdk covers, on Kestrel at 127.0.0.1 and a free
/// port. Stateful and faithful to the documented contracts, with fault injection and inspection:
/// <code>
/// await using var emulator = await BadgeEmulator.StartAsync();
/// using var issuance = emulator.CreateIssuanceClient();
/// </code>
/// </summary>
public sealed class BadgeEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private long _requests;

    private BadgeEmulator(WebApplication app, BadgeEmulatorOptions options)
    {
        _app = app;
        Options = options;
        Issuance = new IssuanceEmulator(options.IssuanceToken, () => BaseAddress);
        Passes = new PassesEmulator(options.PassesApiKey, () => BaseAddress, options.TimeProvider);
        Loyalty = new LoyaltyEmulator(options);
    }

    /// <summary>Gets the emulator's root address (<c>http://127.0.0.1:{port}/</c>).</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Gets the credentials and settings in force.</summary>
    public BadgeEmulatorOptions Options { get; }

    /// <summary>Gets the IssueBadge emulation and what it issued.</summary>
    public IssuanceEmulator Issuance { get; }

    /// <summary>Gets the Badge passes emulation and what it holds.</summary>
    public PassesEmulator Passes { get; }

    /// <summary>Gets the Capillary emulation and what it holds.</summary>
    public LoyaltyEmulator Loyalty { get; }

    /// <summary>Gets the fault injection controls.</summary>
    public EmulatorFaults Faults { get; } = new();

    /// <summary>Gets how many requests reached the emulator.</summary>
    public long RequestCount => Interlocked.Read(ref _requests);

    /// <summary>Starts an emulator; dispose it (<c>await using</c>) to stop it.</summary>
    /// <param name="options">Credentials and settings; test defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator.</returns>
    public static async Task<BadgeEmulator> StartAsync(BadgeEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var emulator = new BadgeEmulator(app, options ?? new BadgeEmulatorOptions());
        app.Run(emulator.HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        emulator.BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        return emulator;
    }

    /// <summary>Options for an <see cref="IssuanceClient"/> pointed at the emulator.</summary>
    /// <returns>Fresh options.</returns>
    public IssuanceClientOptions IssuanceOptions() => new() { BaseAddress = new Uri(BaseAddress, IssuanceEmulator.Root.TrimStart('/')), ApiToken = Options.IssuanceToken };

    /// <summary>Options for a <see cref="PassesClient"/> pointed at the emulator.</summary>
    /// <returns>Fresh options.</returns>
    public PassesClientOptions PassesOptions() => new() { BaseAddress = BaseAddress, ApiKey = Options.PassesApiKey };

    /// <summary>Options for a <see cref="LoyaltyClient"/> pointed at the emulator.</summary>
    /// <param name="useOAuth">Use OAuth (key and secret) instead of Basic (till id and password).</param>
    /// <returns>Fresh options.</returns>
    public LoyaltyClientOptions LoyaltyOptions(bool useOAuth = false) => useOAuth
        ? new() { BaseAddress = BaseAddress, OAuthClientKey = Options.LoyaltyOAuthKey, OAuthClientSecret = Options.LoyaltyOAuthSecret }
        : new() { BaseAddress = BaseAddress, TillId = Options.LoyaltyTillId, Password = Options.LoyaltyPassword };

    /// <summary>Creates an <see cref="IssuanceClient"/> pointed at the emulator.</summary>
    /// <param name="configure">Adjusts the options.</param>
    /// <returns>The client; dispose it.</returns>
    public IssuanceClient CreateIssuanceClient(Action<IssuanceClientOptions>? configure = null) => new(Configure(IssuanceOptions(), configure));

    /// <summary>Creates a <see cref="PassesClient"/> pointed at the emulator.</summary>
    /// <param name="configure">Adjusts the options.</param>
    /// <returns>The client; dispose it.</returns>
    public PassesClient CreatePassesClient(Action<PassesClientOptions>? configure = null) => new(Configure(PassesOptions(), configure));

    /// <summary>Creates a <see cref="LoyaltyClient"/> pointed at the emulator.</summary>
    /// <param name="configure">Adjusts the options.</param>
    /// <param name="useOAuth">Use OAuth instead of Basic authentication.</param>
    /// <returns>The client; dispose it.</returns>
    public LoyaltyClient CreateLoyaltyClient(Action<LoyaltyClientOptions>? configure = null, bool useOAuth = false) => new(Configure(LoyaltyOptions(useOAuth), configure));

    /// <summary>Configuration keys that point <c>AddBadgeSdk(configuration.GetSection("BadgeSdk"))</c> at the emulator.</summary>
    /// <returns>Keys such as <c>BadgeSdk:Issuance:ApiToken</c> and their values.</returns>
    public IReadOnlyDictionary<string, string?> ConfigurationValues() => new Dictionary<string, string?>
    {
        ["BadgeSdk:Issuance:BaseAddress"] = IssuanceOptions().BaseAddress.ToString(),
        ["BadgeSdk:Issuance:ApiToken"] = Options.IssuanceToken,
        ["BadgeSdk:Passes:BaseAddress"] = BaseAddress.ToString(),
        ["BadgeSdk:Passes:ApiKey"] = Options.PassesApiKey,
        ["BadgeSdk:Loyalty:BaseAddress"] = BaseAddress.ToString(),
        ["BadgeSdk:Loyalty:TillId"] = Options.LoyaltyTillId,
        ["BadgeSdk:Loyalty:Password"] = Options.LoyaltyPassword,
    };

    /// <summary>Stops the emulator.</summary>
    /// <returns>A task that completes when it has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static T Configure<T>(T options, Action<T>? configure)
    {
        configure?.Invoke(options);
        return options;
    }

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        if (Faults.Latency > TimeSpan.Zero)
        {
            await Task.Delay(Faults.Latency, context.RequestAborted).ConfigureAwait(false);
        }

        switch (Faults.Take(context.Request.Path))
        {
            case { Kind: EmulatorFault.Status } fault:
                if (fault.RetryAfter is { } wait)
                {
                    context.Response.Headers.RetryAfter = ((long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                await EmulatorHttp.WriteJsonAsync(context, fault.Status, new JsonObject { ["message"] = $"Fault injected by the BadgeSdk emulator (HTTP {fault.Status})." }).ConfigureAwait(false);
                return;
            case { Kind: EmulatorFault.ResetBeforeProcessing }:
                context.Abort();
                return;
            case { Kind: EmulatorFault.ResetAfterProcessing }:
                // Let the request take effect, keep the answer from the client, then drop the connection.
                context.Response.Body = new MemoryStream();
                await RouteAsync(context).ConfigureAwait(false);
                context.Abort();
                return;
            case { Kind: EmulatorFault.CloseAfterProcessing }:
                context.Response.Body = new MemoryStream();
                await RouteAsync(context).ConfigureAwait(false);
                CloseCleanly(context);
                return;
            default:
                await RouteAsync(context).ConfigureAwait(false);
                return;
        }
    }

    // Kestrel's Abort resets the connection; a clean close sends FIN first, so the client reads the
    // end of the stream where the status line should be, and the abort that follows only releases it.
    private static void CloseCleanly(HttpContext context)
    {
        if (context.Features.Get<IConnectionSocketFeature>()?.Socket is { } socket)
        {
            socket.Shutdown(SocketShutdown.Send);
        }

        context.Abort();
    }

    private async Task RouteAsync(HttpContext context)
    {
        if (!await Issuance.TryHandleAsync(context).ConfigureAwait(false)
            && !await Passes.TryHandleAsync(context).ConfigureAwait(false)
            && !await Loyalty.TryHandleAsync(context).ConfigureAwait(false))
        {
            await EmulatorHttp.WriteJsonAsync(context, 404, new JsonObject { ["message"] = $"The BadgeSdk emulator has no route {context.Request.Method} {context.Request.Path}." }).ConfigureAwait(false);
        }
    }
}
