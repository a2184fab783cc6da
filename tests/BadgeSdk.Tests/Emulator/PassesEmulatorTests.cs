using System.Text;
using BadgeSdk.Passes;
using BadgeSdk.Testing;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Emulator;

/// <summary>The emulated Badge passes API, through the SDK.</summary>
public sealed class PassesEmulatorTests : IAsyncLifetime
{
    private const string Template = PassesEmulator.DefaultTemplateId;
    private BadgeEmulator _emulator = null!;
    private PassesClient _client = null!;

    public async Task InitializeAsync()
    {
        _emulator = await BadgeEmulator.StartAsync();
        _client = _emulator.CreatePassesClient(Clients.Shorten);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task Upsert_creates_then_updates_one_pass_and_shares_user_attributes()
    {
        var first = await _client.UpsertUserPassAsync(UpsertUserPassRequest.ForPass(Template, new PassUser("u1") { Attributes = { ["memberBalance"] = "10" } }, new PassDetails("p1") { Attributes = { ["ticketNumber"] = "A1" } }));
        await _client.UpsertUserPassAsync(UpsertUserPassRequest.ForPass(Template, new PassUser("u1") { Attributes = { ["memberBalance"] = "20" } }, new PassDetails("p2")));
        await _client.UpsertUserPassAsync(UpsertUserPassRequest.ForPass(Template, new PassUser("u1"), new PassDetails("p1") { Attributes = { ["seat"] = "12C" } }));

        Assert.NotNull(first.DownloadUrl);
        Assert.Equal(2, _emulator.Passes.Passes.Count(p => p.UserId == "u1"));
        var p1 = _emulator.Passes.Passes.Single(p => p.PassId == "p1");
        Assert.Equal("A1", p1.Attributes["ticketNumber"]);
        Assert.Equal("12C", p1.Attributes["seat"]);
        Assert.Equal("20", _emulator.Passes.Users.Single(u => u.UserId == "u1").Attributes["memberBalance"]);
    }

    [Fact]
    public async Task Upsert_without_a_pass_creates_one_then_targets_the_users_passes()
    {
        var created = await _client.UpsertUserPassAsync(UpsertUserPassRequest.ForAllUserPasses(Template, new PassUser("u-all")));
        var again = await _client.UpsertUserPassAsync(UpsertUserPassRequest.ForAllUserPasses(Template, new PassUser("u-all") { Attributes = { ["tier"] = "gold" } }));

        Assert.Equal(created.DownloadUrl, again.DownloadUrl);
        Assert.Single(_emulator.Passes.Passes, p => p.UserId == "u-all");
    }

    [Fact]
    public async Task Push_notifications_are_recorded_per_pass()
    {
        await _client.UpsertUserPassAsync(UpsertUserPassRequest.ForPass(Template, new PassUser("u2"), new PassDetails("p-push")));

        await _client.SendPushNotificationAsync(new SendPushNotificationRequest(Template, "p-push", "Your balance is 1000"));

        Assert.Equal(new EmulatedPushNotification(Template, "p-push", "Your balance is 1000"), Assert.Single(_emulator.Passes.Notifications));
        await Assert.ThrowsAsync<BadgeNotFoundException>(() => _client.SendPushNotificationAsync(new SendPushNotificationRequest(Template, "no-such-pass", "Hi")));
    }

    [Fact]
    public async Task Push_reset_before_processing_is_not_retried_and_not_recorded()
    {
        await _client.UpsertUserPassAsync(UpsertUserPassRequest.ForPass(Template, new PassUser("u3"), new PassDetails("p-reset")));
        _emulator.Faults.ResetNext(1, afterProcessing: false, pathContains: "passSendPushNotification");

        await Assert.ThrowsAsync<BadgeTransientException>(() => _client.SendPushNotificationAsync(new SendPushNotificationRequest(Template, "p-reset", "Hi")));

        Assert.Empty(_emulator.Passes.Notifications);
    }

    [Fact]
    public async Task Webhook_deliveries_are_signed_the_way_the_verifier_checks()
    {
        await _client.UpsertUserPassAsync(UpsertUserPassRequest.ForPass(Template, new PassUser("u4"), new PassDetails("p-hook")));
        var endpoint = await _client.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest(new Uri("https://receiver.example/hooks"), [WebhookTopic.PassActivated]));
        var receiver = new CapturingHandler();
        using var http = new HttpClient(receiver);

        var deliveries = await _emulator.Passes.TriggerWebhookAsync(WebhookTopic.PassActivated, "p-hook", http);

        Assert.Equal(200, Assert.Single(deliveries).StatusCode);
        var (headers, body) = receiver.Received.Single();
        var evt = new WebhookVerifier(endpoint.Secret!).Verify(body, name => headers.TryGetValue(name, out var value) ? value : null);
        Assert.Equal(WebhookTopic.PassActivated, evt.Topic);
        Assert.Equal("p-hook", evt.Payload.GetProperty("data").GetProperty("passId").GetString());
        Assert.Empty(await _emulator.Passes.TriggerWebhookAsync(WebhookTopic.PassDeactivated, "p-hook", http));
    }

    [Fact]
    public async Task Templates_and_sdk_tokens()
    {
        Assert.Contains(await _client.ListPassTemplatesAsync(), t => t.Id == Template);
        Assert.False(string.IsNullOrEmpty((await _client.CreateSdkTokenAsync(new CreateSdkTokenRequest(Template, [SdkPermission.WorkspaceRead, SdkPermission.UserRead]))).Token));
    }

    private sealed class CapturingHandler : HttpMessageHandler
    {
        public List<(Dictionary<string, string> Headers, byte[] Body)> Received { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
            Received.Add((headers, await request.Content!.ReadAsByteArrayAsync(cancellationToken)));
            return new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent("ok", Encoding.UTF8) };
        }
    }
}
