using System.Net;
using BadgeSdk.Core.Http;
using BadgeSdk.Issuance;
using BadgeSdk.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace BadgeSdk.Tests.Core;

/// <summary>What a standalone client builds for itself: the HTTP client it owns, its logger, and what it releases.</summary>
public sealed class ClientContextTests
{
    [Fact]
    public void Null_options_are_refused_by_name()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new IssuanceClient(null!));

        Assert.Equal("options", error.ParamName);
    }

    [Fact]
    public void The_owned_http_client_leaves_timeouts_to_the_pipeline()
    {
        using var handler = StubHandler.Always(HttpStatusCode.OK);
        using var context = BadgeClientContext.Standalone(Options(), IssueBadgeDialect.Instance, null, handler);

        Assert.Equal(Timeout.InfiniteTimeSpan, context.Owned!.Timeout);
    }

    [Fact]
    public void Disposing_the_context_releases_its_handler_chain()
    {
        var handler = StubHandler.Always(HttpStatusCode.OK);
        var context = BadgeClientContext.Standalone(Options(), IssueBadgeDialect.Instance, null, handler);

        context.Dispose();

        Assert.True(handler.Disposed);
    }

    [Fact]
    public async Task Disposing_a_client_releases_the_http_client_it_built_but_not_the_callers_handler()
    {
        using var handler = StubHandler.Always(HttpStatusCode.OK, """{"data":[]}""");
        var client = new IssuanceClient(new IssuanceClientOptions { ApiToken = "t" }, handler);
        await client.ListBadgeTemplatesAsync();

        client.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => client.ListBadgeTemplatesAsync());
        Assert.False(handler.Disposed);
    }

    [Fact]
    public void A_context_from_a_factory_owns_nothing()
    {
        using var http = new HttpClient(StubHandler.Always(HttpStatusCode.OK));
        var options = Options();
        using var context = BadgeClientContext.FromFactory(options, IssueBadgeDialect.Instance, null, () => http);

        Assert.Null(context.Owned);
        Assert.Throws<InvalidOperationException>(() => options.ApiToken = "late");
    }

    [Fact]
    public async Task Logs_go_to_the_callers_factory_under_the_areas_category()
    {
        var logs = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        using var handler = StubHandler.Always(HttpStatusCode.OK, """{"data":[]}""");
        using var client = new IssuanceClient(Options(), handler, factory);

        await client.ListBadgeTemplatesAsync();

        Assert.NotEmpty(logs.Entries);
        Assert.All(logs.Entries, e => Assert.Equal("BadgeSdk.Issuance", e.Category));
        Assert.Contains(logs.Entries, e => e.EventId == 1001);
    }

    private static IssuanceClientOptions Options() => new() { ApiToken = "t" };
}
