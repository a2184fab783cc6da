using System.Net;
using BadgeSdk.Core.Http;
using BadgeSdk.Issuance;
using BadgeSdk.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace BadgeSdk.Tests.Core;

/// <summary>A client made for mocking, and the pieces every real client is built from.</summary>
public sealed class MockableClientTests
{
    [Fact]
    public async Task A_client_made_for_mocking_says_so_when_a_method_is_not_overridden()
    {
        using var mock = new MockIssuance();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => mock.ListBadgeTemplatesAsync());

        Assert.Equal("This client was created for mocking; override the method you call.", error.Message);
    }

    [Fact]
    public void The_sdks_own_network_handler_renews_connections_and_never_follows_redirects()
    {
        using var primary = Assert.IsType<SocketsHttpHandler>(BadgePipeline.CreatePrimaryHandler());

        Assert.Equal(TimeSpan.FromMinutes(5), primary.PooledConnectionLifetime);
        Assert.False(primary.AllowAutoRedirect);
    }

    [Fact]
    public async Task With_resilience_off_the_chain_is_authentication_alone()
    {
        var options = new TestClientOptions(new Uri("https://api.test/")) { EnableResilience = false };
        var pipeline = new BadgePipeline(options, new BadgeSdk.Core.Auth.BearerTokenAuthenticator("t"), TestDialect.Instance, NullLogger.Instance);
        using var handler = StubHandler.Always(HttpStatusCode.ServiceUnavailable);
        using var invoker = new HttpMessageInvoker(pipeline.Over(handler));

        using var response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://api.test/x"), default);

        Assert.Equal(["AuthenticationHandler"], pipeline.CreateHandlers().Select(h => h.GetType().Name));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Bearer t", Assert.Single(handler.Requests).Headers.Authorization?.ToString());
    }

    private sealed class MockIssuance : IssuanceClient
    {
    }
}
