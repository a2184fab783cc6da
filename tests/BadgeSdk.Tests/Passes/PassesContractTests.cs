using BadgeSdk.Passes;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Passes;

/// <summary>The Badge passes API over real HTTP against strict WireMock stubs.</summary>
[Collection(WireMockGroup.Name)]
[Trait("Category", "Contract")]
public sealed class PassesContractTests(WireMockServer wireMock) : IDisposable
{
    private const string TemplateId = "a84f890a-2478-925f-38ba-673e833e526c";

    private readonly PassesClient _client = Clients.Passes(wireMock.BaseUri);

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task Getting_started_example_upserts_user_and_pass_attributes_and_returns_the_download_url()
    {
        var request = UpsertUserPassRequest.ForPass(
            TemplateId,
            new PassUser("66565") { Email = "member@example.com", Attributes = { ["memberBalance"] = "1000" } },
            new PassDetails("88787") { Attributes = { ["ticketNumber"] = "ABC123", ["ticketExpiration"] = "New Value" } });

        var result = await _client.UpsertUserPassAsync(request);

        Assert.Equal(new Uri("https://example.com/download?id=123&token=123"), result.DownloadUrl);
        Assert.Equal("88787", result.PassId);
        Assert.Equal(PassTarget.SinglePass, request.Target);
    }

    [Fact]
    public async Task All_user_passes_sends_no_pass_member()
    {
        var request = UpsertUserPassRequest.ForAllUserPasses(TemplateId, new PassUser("77001") { Email = "solo@example.com", Attributes = { ["memberBalance"] = "250" } });

        var result = await _client.UpsertUserPassAsync(request);

        Assert.Equal(new Uri("https://example.com/download?id=456&token=456"), result.DownloadUrl);
        var sent = (await wireMock.RequestsAsync("/v0/rpc/userPassUpsert")).Last(r => r.Body.Contains("77001", StringComparison.Ordinal));
        Assert.False(sent.Json.TryGetProperty("pass", out _));
    }

    [Fact]
    public async Task Unknown_template_is_not_found_with_the_raw_body()
    {
        var request = UpsertUserPassRequest.ForAllUserPasses("00000000-0000-0000-0000-000000000000", new PassUser("1"));

        var error = await Assert.ThrowsAsync<BadgeNotFoundException>(() => _client.UpsertUserPassAsync(request));

        Assert.Equal("Pass template not found", error.ServerMessage);
        Assert.Contains("Pass template not found", error.ResponseBodySnippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invite_email_flag_is_refused_until_its_name_is_configured()
    {
        var prefix = $"/t/{Guid.NewGuid():N}/";
        using var client = Clients.Passes(new Uri(wireMock.BaseUri, prefix));
        var request = UpsertUserPassRequest.ForAllUserPasses(TemplateId, new PassUser("1"));
        request.SendInviteEmail = true;

        var error = await Assert.ThrowsAsync<BadgeValidationException>(() => client.UpsertUserPassAsync(request));

        Assert.Equal("SendInviteEmail", error.Field);
        Assert.Empty(await wireMock.RequestsAsync(prefix));
    }

    [Fact]
    public async Task Invite_email_flag_travels_under_the_configured_name()
    {
        var prefix = $"/t/{Guid.NewGuid():N}/";
        await wireMock.StubAsync(Mapping.Of("POST", prefix + "v0/rpc/userPassUpsert", """{"status":200,"jsonBody":{"pass":{"downloadUrl":"https://x/d"}}}"""));
        using var client = Clients.Passes(new Uri(wireMock.BaseUri, prefix), o => o.InviteEmailFieldName = "sendInviteEmail");
        var request = UpsertUserPassRequest.ForAllUserPasses(TemplateId, new PassUser("1"));
        request.SendInviteEmail = true;

        await client.UpsertUserPassAsync(request);

        Assert.True((await wireMock.RequestsAsync(prefix)).Single().Json.GetProperty("sendInviteEmail").GetBoolean());
    }

    [Fact]
    public async Task Push_notification_targets_one_pass()
    {
        var result = await _client.SendPushNotificationAsync(new SendPushNotificationRequest(TemplateId, "88787", "Your balance is 1000"));

        Assert.Equal("{}", result.RawJson);
    }

    [Theory]
    [InlineData("""{"status":503}""")]
    [InlineData("""{"fixedDelayMilliseconds":1500,"status":200}""")]
    [InlineData("""{"fault":"CONNECTION_RESET_BY_PEER"}""")]
    public async Task Push_is_not_retried_once_it_may_have_been_sent(string firstResponse)
    {
        var prefix = $"/t/{Guid.NewGuid():N}/";
        var scenario = "s-" + Guid.NewGuid().ToString("N");
        await wireMock.StubAsync(Mapping.Of("POST", prefix + "v0/rpc/passSendPushNotification", firstResponse, scenario, "Started", "ok"));
        await wireMock.StubAsync(Mapping.Of("POST", prefix + "v0/rpc/passSendPushNotification", """{"status":200,"jsonBody":{}}""", scenario, "ok"));
        using var client = Clients.Passes(new Uri(wireMock.BaseUri, prefix), o => o.AttemptTimeout = TimeSpan.FromMilliseconds(500));

        await Assert.ThrowsAsync<BadgeTransientException>(() => client.SendPushNotificationAsync(new SendPushNotificationRequest(TemplateId, "p1", "Hello")));

        Assert.Single(await wireMock.RequestsAsync(prefix));
    }

    [Fact]
    public async Task Push_is_retried_after_a_refused_connection()
    {
        var prefix = $"/t/{Guid.NewGuid():N}/";
        await wireMock.StubAsync(Mapping.Of("POST", prefix + "v0/rpc/passSendPushNotification", """{"status":200,"jsonBody":{}}"""));
        var refusing = new FirstAttemptToClosedPortHandler();
        using var client = Clients.Passes(new Uri(wireMock.BaseUri, prefix), primary: refusing);

        await client.SendPushNotificationAsync(new SendPushNotificationRequest(TemplateId, "p1", "Hello"));

        Assert.NotNull(refusing.FirstFailure);
        Assert.Single(await wireMock.RequestsAsync(prefix));
    }

    [Fact]
    public async Task Push_route_can_be_overridden()
    {
        var prefix = $"/t/{Guid.NewGuid():N}/";
        await wireMock.StubAsync(Mapping.Of("POST", prefix + "v1/push", """{"status":202}"""));
        using var client = Clients.Passes(new Uri(wireMock.BaseUri, prefix), o => o.PushNotificationPath = "v1/push");

        await client.SendPushNotificationAsync(new SendPushNotificationRequest(TemplateId, "p1", "Hello"));

        Assert.Single(await wireMock.RequestsAsync(prefix));
    }

    [Theory]
    [InlineData("", "p1", "Hello", "PassTemplateId")]
    [InlineData("t", " ", "Hello", "PassId")]
    [InlineData("t", "p1", "", "Message")]
    public async Task Push_with_missing_parts_is_refused_before_sending(string template, string pass, string message, string field)
    {
        var prefix = $"/t/{Guid.NewGuid():N}/";
        using var client = Clients.Passes(new Uri(wireMock.BaseUri, prefix));

        var error = await Assert.ThrowsAsync<BadgeValidationException>(() => client.SendPushNotificationAsync(new SendPushNotificationRequest(template, pass, message)));

        Assert.Equal(field, error.Field);
        Assert.Empty(await wireMock.RequestsAsync(prefix));
    }

    [Fact]
    public async Task Lists_pass_templates()
    {
        var templates = await _client.ListPassTemplatesAsync();

        Assert.Equal([new PassTemplate(TemplateId, "Membership"), new PassTemplate("0b7c2d1e-1111-4a2b-9c3d-222233334444", "Event Ticket")], templates);
    }

    [Fact]
    public async Task Creates_an_sdk_token_that_never_prints()
    {
        var token = await _client.CreateSdkTokenAsync(new CreateSdkTokenRequest(TemplateId, [SdkPermission.WorkspaceRead, SdkPermission.UserRead, SdkPermission.PassWrite]));

        Assert.StartsWith("eyJ", token.Token, StringComparison.Ordinal);
        Assert.DoesNotContain("eyJ", token.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sdk_token_without_required_permissions_is_refused()
    {
        var error = await Assert.ThrowsAsync<BadgeValidationException>(() => _client.CreateSdkTokenAsync(new CreateSdkTokenRequest(TemplateId, [SdkPermission.PassWrite])));

        Assert.Equal("Permissions", error.Field);
        Assert.Contains("workspace:read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creates_a_webhook_endpoint_and_hands_over_the_secret_once()
    {
        var endpoint = await _client.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest(
            new Uri("https://example.com/webhooks/badge"), [WebhookTopic.PassActivated, WebhookTopic.PassDeactivated]));

        Assert.Equal("ep_2abc", endpoint.Id);
        Assert.Equal("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", endpoint.Secret);
        Assert.Equal([WebhookTopic.PassActivated, WebhookTopic.PassDeactivated], endpoint.EnabledTopics);
        Assert.True(endpoint.Enabled);
        Assert.Equal(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), endpoint.CreatedAt);
        Assert.DoesNotContain("whsec_", endpoint.ToString(), StringComparison.Ordinal);
    }
}
