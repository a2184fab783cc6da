using System.Net;
using BadgeSdk.Passes;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Passes;

/// <summary>
/// <see cref="PassesClientOptions.PushNotificationPath"/> carries the workspace API key wherever it
/// points, so it must stay a plain relative path under <see cref="PassesClientOptions.BaseAddress"/>.
/// </summary>
public sealed class PushNotificationPathTests
{
    [Theory]
    [InlineData("../../admin/delete?all=1")]
    [InlineData("..")]
    [InlineData("v0/../../admin")]
    [InlineData("v0/./rpc")]
    [InlineData("https://evil.example/collect")]
    [InlineData("mailto:x@example.com")]
    [InlineData("v0/rpc?x=1")]
    [InlineData("v0/rpc#fragment")]
    [InlineData("v0\\rpc")]
    [InlineData("%2e%2e/admin")]
    [InlineData("v0/%2E%2E/admin")]
    [InlineData("v0/rpc push")]
    [InlineData("v0/rpc\r\n")]
    [InlineData("v0/rpç")]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("/")]
    public void Path_that_could_leave_the_base_address_is_refused(string path)
    {
        var options = new PassesClientOptions { ApiKey = "badge-key", PushNotificationPath = path };
        using var handler = StubHandler.Always(HttpStatusCode.OK);

        var error = Assert.Throws<ArgumentException>(() => new PassesClient(options, handler));

        Assert.Contains("Passes:PushNotificationPath", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("v1/push", "/api/v1/push")]
    [InlineData("/v1/push", "/api/v1/push")]
    [InlineData("v1/messages:send", "/api/v1/messages:send")]
    [InlineData("v1/push-notification_2~x", "/api/v1/push-notification_2~x")]
    public async Task Relative_path_is_sent_under_the_base_path(string path, string expected)
    {
        var options = new PassesClientOptions { BaseAddress = new Uri("https://badge.test/api/"), ApiKey = "badge-key", PushNotificationPath = path };
        using var handler = StubHandler.Always(HttpStatusCode.OK);
        using var client = new PassesClient(options, handler);

        await client.SendPushNotificationAsync(new SendPushNotificationRequest("t", "p", "Hi"));

        Assert.Equal(expected, Assert.Single(handler.Requests).RequestUri!.AbsolutePath);
    }
}
