using System.Text.Json.Nodes;
using BadgeSdk.Passes;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Passes;

/// <summary>
/// The bytes each Passes request puts on the wire. The literals were captured from the SDK before
/// the public types were renamed and split from their wire DTOs, so any drift shows here; the
/// documented examples are also checked against the WireMock mappings' expected bodies.
/// </summary>
public sealed class PassesWireFormatTests
{
    private const string TemplateId = "a84f890a-2478-925f-38ba-673e833e526c";

    [Fact]
    public async Task Upsert_of_one_pass_sends_the_same_bytes_as_before()
    {
        using var stub = new PassesStub();

        await stub.Client.UpsertUserPassAsync(UpsertUserPassRequest.ForPass(
            TemplateId,
            new PassUser("66565") { Email = "member@example.com", Attributes = { ["memberBalance"] = "1000" } },
            new PassDetails("88787") { Attributes = { ["ticketNumber"] = "ABC123", ["ticketExpiration"] = "New Value" } }));

        AssertSent(
            stub,
            "/v0/rpc/userPassUpsert",
            """{"passTemplateId":"a84f890a-2478-925f-38ba-673e833e526c","user":{"id":"66565","email":"member@example.com","attributes":{"memberBalance":"1000"}},"pass":{"id":"88787","attributes":{"ticketNumber":"ABC123","ticketExpiration":"New Value"}}}""",
            "01-upsert-doc-example.json");
    }

    [Fact]
    public async Task Upsert_of_all_user_passes_sends_the_same_bytes_as_before()
    {
        using var stub = new PassesStub();

        await stub.Client.UpsertUserPassAsync(UpsertUserPassRequest.ForAllUserPasses(
            TemplateId,
            new PassUser("77001") { Email = "solo@example.com", Attributes = { ["memberBalance"] = "250" } }));

        AssertSent(
            stub,
            "/v0/rpc/userPassUpsert",
            """{"passTemplateId":"a84f890a-2478-925f-38ba-673e833e526c","user":{"id":"77001","email":"solo@example.com","attributes":{"memberBalance":"250"}}}""",
            "02-upsert-all-user-passes.json");
    }

    [Fact]
    public async Task Upsert_with_the_invite_flag_and_escaped_text_sends_the_same_bytes_as_before()
    {
        using var stub = new PassesStub(configure: o => o.InviteEmailFieldName = "sendInviteEmail");
        var invite = UpsertUserPassRequest.ForAllUserPasses(TemplateId, new PassUser("1"));
        invite.SendInviteEmail = true;

        await stub.Client.UpsertUserPassAsync(invite);
        await stub.Client.UpsertUserPassAsync(UpsertUserPassRequest.ForPass(TemplateId, new PassUser("u\"é<"), new PassDetails("p")));

        Assert.Equal(
            [
                """{"passTemplateId":"a84f890a-2478-925f-38ba-673e833e526c","user":{"id":"1"},"sendInviteEmail":true}""",
                """{"passTemplateId":"a84f890a-2478-925f-38ba-673e833e526c","user":{"id":"u\u0022\u00E9\u003C"},"pass":{"id":"p"}}""",
            ],
            stub.Sent.Select(s => s.Body));
    }

    [Fact]
    public async Task Push_notification_sends_the_same_bytes_as_before()
    {
        using var stub = new PassesStub();

        await stub.Client.SendPushNotificationAsync(new SendPushNotificationRequest(TemplateId, "88787", "Your balance is 1000"));

        AssertSent(
            stub,
            "/v0/rpc/passSendPushNotification",
            """{"passTemplateId":"a84f890a-2478-925f-38ba-673e833e526c","passId":"88787","message":"Your balance is 1000"}""",
            "03-push-notification.json");
    }

    [Fact]
    public async Task Sdk_token_request_sends_permissions_as_their_wire_values()
    {
        using var stub = new PassesStub();

        await stub.Client.CreateSdkTokenAsync(new CreateSdkTokenRequest(TemplateId, [SdkPermission.WorkspaceRead, SdkPermission.UserRead, SdkPermission.PassWrite]));
        await stub.Client.CreateSdkTokenAsync(new CreateSdkTokenRequest(TemplateId, [SdkPermission.WorkspaceRead, SdkPermission.UserRead, new SdkPermission("custom:Thing")]));

        AssertMatchesMapping(stub.Sent[0].Body, "05-sdk-token.json");
        Assert.Equal(
            [
                """{"templateId":"a84f890a-2478-925f-38ba-673e833e526c","permissions":["workspace:read","user:read","pass:write"]}""",
                """{"templateId":"a84f890a-2478-925f-38ba-673e833e526c","permissions":["workspace:read","user:read","custom:Thing"]}""",
            ],
            stub.Sent.Select(s => s.Body));
    }

    [Fact]
    public async Task Webhook_endpoint_request_sends_topics_as_their_wire_values()
    {
        using var stub = new PassesStub();

        await stub.Client.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest(new Uri("https://example.com/webhooks/badge"), [WebhookTopic.PassActivated, WebhookTopic.PassDeactivated]));
        await stub.Client.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest(new Uri("https://example.com/h"), [new WebhookTopic("pass.Custom")], Enabled: false));

        AssertMatchesMapping(stub.Sent[0].Body, "06-webhook-endpoint.json");
        Assert.Equal(
            [
                """{"url":"https://example.com/webhooks/badge","enabledTopics":["pass.activated","pass.deactivated"],"enabled":true}""",
                """{"url":"https://example.com/h","enabledTopics":["pass.Custom"],"enabled":false}""",
            ],
            stub.Sent.Select(s => s.Body));
    }

    [Fact]
    public async Task Answers_are_mapped_from_their_wire_dtos()
    {
        using var stub = new PassesStub();

        var endpoint = await stub.Client.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest(new Uri("https://example.com/h"), [WebhookTopic.PassActivated]));
        var token = await stub.Client.CreateSdkTokenAsync(new CreateSdkTokenRequest(TemplateId, [SdkPermission.WorkspaceRead, SdkPermission.UserRead]));

        Assert.Equal(new CreateWebhookEndpointResult("ep_1", "whsec_AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcY", new Uri("https://example.com/h"), endpoint.EnabledTopics, true, null), endpoint);
        Assert.Equal([WebhookTopic.PassActivated], endpoint.EnabledTopics);
        Assert.Equal("eyJ.t.s", token.Token);
    }

    private static void AssertSent(PassesStub stub, string path, string expectedJson, string mapping)
    {
        var (sentPath, body) = Assert.Single(stub.Sent);
        Assert.Equal(path, sentPath);
        Assert.Equal(expectedJson, body);
        AssertMatchesMapping(body, mapping);
    }

    private static void AssertMatchesMapping(string body, string mapping)
    {
        var file = Path.Combine(RepositoryRoot.Find(), "tests", "wiremock", "mappings", "passes", mapping);
        var expected = JsonNode.Parse(File.ReadAllText(file))!["request"]!["bodyPatterns"]![0]!["equalToJson"];
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(body)), $"{mapping} expects {expected!.ToJsonString()} but the SDK sent {body}.");
    }
}
