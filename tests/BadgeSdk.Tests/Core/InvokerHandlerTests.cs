using System.Net;
using BadgeSdk.Core.Http;
using BadgeSdk.Issuance;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Core;

/// <summary>The caller's own handler or <see cref="HttpClient"/> beneath the SDK: what reaches it, and what the SDK releases.</summary>
public sealed class InvokerHandlerTests
{
    [Fact]
    public async Task Through_the_callers_http_client_every_attempt_keeps_its_body_headers_and_options()
    {
        var seen = new List<(string? Body, string? ContentType, string? Authorization, string? UserAgent, bool HasSafety, Version Version)>();
        using var handler = new StubHandler((r, n) =>
        {
            seen.Add((
                r.Content?.ReadAsStringAsync().GetAwaiter().GetResult(),
                r.Content?.Headers.ContentType?.ToString(),
                r.Headers.Authorization?.ToString(),
                r.Headers.UserAgent.ToString(),
                r is BadgeRequestMessage { Safety: RetrySafety.Idempotent },
                r.Version));
            return StubHandler.Json(n == 1 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK, "{}");
        });
        using var http = new HttpClient(handler);
        var options = new IssuanceClientOptions { ApiToken = "caller-token" };
        options.Retry.BaseDelay = TimeSpan.FromMilliseconds(1);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(2);
        using var client = new IssuanceClient(options, http);

        await client.ValidateApiKeyAsync("key-to-check");

        Assert.Equal(2, seen.Count);
        Assert.All(seen, s =>
        {
            Assert.Equal("""{"api_key":"key-to-check"}""", s.Body);
            Assert.Equal("application/json; charset=utf-8", s.ContentType);
            Assert.Equal("Bearer caller-token", s.Authorization);
            Assert.StartsWith("BadgeSdk/", s.UserAgent, StringComparison.Ordinal);
            Assert.True(s.HasSafety);
            Assert.Equal(HttpVersion.Version11, s.Version);
        });
    }

    [Fact]
    public async Task Disposing_it_stops_sending_but_leaves_the_callers_handler_alone()
    {
        using var handler = StubHandler.Always(HttpStatusCode.OK);
        var invoker = InvokerHandler.For(handler);
        using var outer = new HttpMessageInvoker(invoker);
        using (var first = await outer.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://api.test/"), default))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        invoker.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => outer.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://api.test/"), default));
        Assert.False(handler.Disposed);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public void Null_is_refused_by_name()
    {
        Assert.Equal("handler", Assert.Throws<ArgumentNullException>(() => InvokerHandler.For((HttpMessageHandler)null!)).ParamName);
        Assert.Equal("client", Assert.Throws<ArgumentNullException>(() => InvokerHandler.For((HttpClient)null!)).ParamName);
    }
}
