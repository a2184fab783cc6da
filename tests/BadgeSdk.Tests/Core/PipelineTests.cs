using System.Net;
using BadgeSdk.Issuance;
using BadgeSdk.Passes;
using BadgeSdk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BadgeSdk.Tests.Core;

/// <summary>One handler chain for every path: the caller's own handler or HttpClient, DI, redirects, frozen options.</summary>
public class PipelineTests
{
    private const string IssueOk = """{"success":true,"IssueId":"i-1","publicUrl":"https://app.issuebadge.com/p/i-1"}""";

    [Fact]
    public async Task Callers_handler_sits_beneath_retries_and_authentication_and_is_not_disposed()
    {
        using var handler = new StubHandler((_, n) => StubHandler.Json(n == 1 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK, n == 1 ? "{}" : IssueOk));
        using (var client = new IssuanceClient(Options(), handler))
        {
            var issued = await client.IssueBadgeAsync(new IssueBadgeRequest("b-1", "Ada") { Email = "ada@example.com" });
            Assert.Equal("i-1", issued.IssueId);
        }

        Assert.Equal(2, handler.Requests.Count);
        Assert.All(handler.Requests, r => Assert.Equal("Bearer t", r.Headers.Authorization?.ToString()));
        Assert.False(handler.Disposed);
    }

    [Fact]
    public async Task Callers_HttpClient_is_used_and_left_open()
    {
        using var handler = StubHandler.Always(HttpStatusCode.OK, IssueOk);
        using var http = new HttpClient(handler);
        http.DefaultRequestHeaders.Add("X-Proxy-Tag", "mine");
        using (var client = new IssuanceClient(Options(), http))
        {
            await client.IssueBadgeAsync(new IssueBadgeRequest("b-1", "Ada") { Email = "ada@example.com" });
        }

        Assert.Equal("mine", handler.Requests.Single().Headers.GetValues("X-Proxy-Tag").Single());
        using var again = await http.GetAsync(new Uri("https://example.test/"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Standalone_and_DI_send_the_same_attempts(bool resilience)
    {
        using var standaloneHandler = StubHandler.Always(HttpStatusCode.ServiceUnavailable);
        using var standalone = new IssuanceClient(Options(o => o.EnableResilience = resilience), standaloneHandler);
        await Assert.ThrowsAsync<BadgeTransientException>(() => standalone.ListBadgeTemplatesAsync());

        var diHandler = StubHandler.Always(HttpStatusCode.ServiceUnavailable);
        var services = new ServiceCollection();
        services.AddBadgeIssuance(o => Configure(o, resilience)).ConfigurePrimaryHttpMessageHandler(() => diHandler);
        await using var provider = services.BuildServiceProvider();
        await Assert.ThrowsAsync<BadgeTransientException>(() => provider.GetRequiredService<IssuanceClient>().ListBadgeTemplatesAsync());

        Assert.Equal(resilience ? 3 : 1, standaloneHandler.Requests.Count);
        Assert.Equal(standaloneHandler.Requests.Count, diHandler.Requests.Count);
        Assert.Equal(
            standaloneHandler.Requests.Select(r => (r.Method, r.RequestUri, r.Headers.Authorization?.ToString())),
            diHandler.Requests.Select(r => (r.Method, r.RequestUri, r.Headers.Authorization?.ToString())));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task DI_chain_is_the_standalone_chain_over_a_primary_that_never_follows_redirects(bool resilience)
    {
        var services = new ServiceCollection();
        services.AddBadgeIssuance(o => Configure(o, resilience));
        await using var provider = services.BuildServiceProvider();

        var chain = Chain(provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler("BadgeSdk.Issuance"));

        var primary = Assert.IsType<SocketsHttpHandler>(chain[^1]);
        Assert.False(primary.AllowAutoRedirect);
        var sdkHandlers = chain.Where(h => h.GetType().Namespace!.StartsWith("BadgeSdk", StringComparison.Ordinal)).Select(h => h.GetType().Name);
        var pipeline = new BadgeSdk.Core.Http.BadgePipeline(Options(o => o.EnableResilience = resilience), new BadgeSdk.Core.Auth.BearerTokenAuthenticator("t"), TestDialect.Instance, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        Assert.Equal(pipeline.CreateHandlers().Select(h => h.GetType().Name), sdkHandlers);
        Assert.False(Assert.IsType<SocketsHttpHandler>(BadgeSdk.Core.Http.BadgePipeline.CreatePrimaryHandler()).AllowAutoRedirect);
    }

    [Fact]
    public void Every_public_setting_of_every_area_is_frozen_once_a_client_uses_it()
    {
        using var handler = StubHandler.Always(HttpStatusCode.OK);
        var issuance = new IssuanceClientOptions { ApiToken = "t" };
        var passes = new PassesClientOptions { ApiKey = "k" };
        var loyalty = new BadgeSdk.Loyalty.LoyaltyClientOptions { TillId = "till", Password = "p" };
        using var a = new IssuanceClient(issuance, handler);
        using var b = new PassesClient(passes, handler);
        using var c = new BadgeSdk.Loyalty.LoyaltyClient(loyalty, handler);

        var unfrozen = new List<string>();
        foreach (var options in new object[] { issuance, passes, loyalty, issuance.Retry, issuance.CircuitBreaker })
        {
            foreach (var property in options.GetType().GetProperties().Where(p => p.SetMethod is { IsPublic: true }))
            {
                try
                {
                    // Setting the current value back: only the freeze can refuse it.
                    property.SetValue(options, property.GetValue(options));
                    unfrozen.Add($"{options.GetType().Name}.{property.Name}");
                }
                catch (System.Reflection.TargetInvocationException e) when (e.InnerException is InvalidOperationException)
                {
                }
            }
        }

        Assert.Empty(unfrozen);
    }

    [Fact]
    public void Options_are_frozen_once_a_client_uses_them()
    {
        var options = Options();
        using var handler = StubHandler.Always(HttpStatusCode.OK);
        using var client = new IssuanceClient(options, handler);

        Assert.Throws<InvalidOperationException>(() => options.ApiToken = "other");
        Assert.Throws<InvalidOperationException>(() => options.AttemptTimeout = TimeSpan.FromSeconds(1));
        Assert.Throws<InvalidOperationException>(() => options.Retry.MaxRetries = 0);
        Assert.Throws<InvalidOperationException>(() => options.CircuitBreaker.Enabled = false);
        Assert.Throws<InvalidOperationException>(() => options.UseTimeProvider(TimeProvider.System));
    }

    [Fact]
    public async Task DI_options_are_frozen_when_the_client_is_built()
    {
        var services = new ServiceCollection();
        services.AddBadgePasses(o => o.ApiKey = "k");
        await using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<PassesClientOptions>>().Get("BadgeSdk.Passes");
        options.ApiKey = "still-open";

        provider.GetRequiredService<PassesClient>();

        Assert.Throws<InvalidOperationException>(() => options.ApiKey = "too-late");
    }

    [Fact]
    public void Null_handler_or_client_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new IssuanceClient(Options(), (HttpMessageHandler)null!));
        Assert.Throws<ArgumentNullException>(() => new IssuanceClient(Options(), (HttpClient)null!));
    }

    private static List<HttpMessageHandler> Chain(HttpMessageHandler outer)
    {
        var chain = new List<HttpMessageHandler> { outer };
        while (chain[^1] is DelegatingHandler { InnerHandler: { } inner })
        {
            chain.Add(inner);
        }

        return chain;
    }

    private static IssuanceClientOptions Options(Action<IssuanceClientOptions>? configure = null)
    {
        var options = new IssuanceClientOptions();
        Configure(options, true);
        configure?.Invoke(options);
        return options;
    }

    private static void Configure(IssuanceClientOptions options, bool resilience)
    {
        options.ApiToken = "t";
        options.EnableResilience = resilience;
        options.Retry.MaxRetries = 2;
        options.Retry.BaseDelay = TimeSpan.FromMilliseconds(1);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(2);
        options.Retry.UseJitter = false;
    }
}
