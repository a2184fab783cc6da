using BadgeSdk.Passes;

namespace BadgeSdk.Tests.Passes;

/// <summary>
/// Bad input anywhere in the Passes area is a <see cref="BadgeValidationException"/> naming the
/// field, thrown before anything is sent; only a null argument is an <see cref="ArgumentNullException"/>.
/// </summary>
public sealed class PassesValidationTests
{
    private const string TemplateId = "a84f890a-2478-925f-38ba-673e833e526c";

    public static TheoryData<string, Func<PassesClient, Task>> InvalidCalls => new()
    {
        { "PassTemplateId", c => c.UpsertUserPassAsync(UpsertUserPassRequest.ForPass(" ", new PassUser("u"), new PassDetails("p"))) },
        { "PassTemplateId", c => c.UpsertUserPassAsync(UpsertUserPassRequest.ForAllUserPasses(null!, new PassUser("u"))) },
        { "User.Id", c => c.UpsertUserPassAsync(UpsertUserPassRequest.ForAllUserPasses(TemplateId, new PassUser(""))) },
        { "Pass.Id", c => c.UpsertUserPassAsync(UpsertUserPassRequest.ForPass(TemplateId, new PassUser("u"), new PassDetails("\t"))) },
        { "SendInviteEmail", c => c.UpsertUserPassAsync(InviteWithoutFieldName()) },
        { "PassTemplateId", c => c.SendPushNotificationAsync(new SendPushNotificationRequest("", "p", "Hi")) },
        { "PassId", c => c.SendPushNotificationAsync(new SendPushNotificationRequest(TemplateId, null!, "Hi")) },
        { "Message", c => c.SendPushNotificationAsync(new SendPushNotificationRequest(TemplateId, "p", " ")) },
        { "TemplateId", c => c.CreateSdkTokenAsync(new CreateSdkTokenRequest("", [SdkPermission.WorkspaceRead, SdkPermission.UserRead])) },
        { "Permissions", c => c.CreateSdkTokenAsync(new CreateSdkTokenRequest(TemplateId, [SdkPermission.WorkspaceRead])) },
        { "Permissions", c => c.CreateSdkTokenAsync(new CreateSdkTokenRequest(TemplateId, null!)) },
        { "Url", c => c.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest(new Uri("http://example.com/h"), [WebhookTopic.PassActivated])) },
        { "Url", c => c.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest(new Uri("/h", UriKind.Relative), [WebhookTopic.PassActivated])) },
        { "Url", c => c.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest(null!, [WebhookTopic.PassActivated])) },
        { "EnabledTopics", c => c.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest(new Uri("https://example.com/h"), [])) },
        { "EnabledTopics", c => c.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest(new Uri("https://example.com/h"), null!)) },
        { "User.Email", c => c.UpsertUserPassAsync(UpsertUserPassRequest.ForAllUserPasses(TemplateId, new PassUser("u") { Email = "Ada <ada@example.com>" })) },
        { "User.Email", c => c.UpsertUserPassAsync(UpsertUserPassRequest.ForAllUserPasses(TemplateId, new PassUser("u") { Email = "a@b" })) },
        { "User.Email", c => c.UpsertUserPassAsync(UpsertUserPassRequest.ForAllUserPasses(TemplateId, new PassUser("u") { Email = "ada @example.com" })) },
    };

    private const string Lone = "\uDBFF";

    public static TheoryData<string, Func<PassesClient, Task>> LoneSurrogates => new()
    {
        { "PassTemplateId", c => c.UpsertUserPassAsync(UpsertUserPassRequest.ForAllUserPasses(TemplateId + Lone, new PassUser("u"))) },
        { "User.Id", c => c.UpsertUserPassAsync(UpsertUserPassRequest.ForAllUserPasses(TemplateId, new PassUser("u" + Lone))) },
        { "User.Email", c => c.UpsertUserPassAsync(UpsertUserPassRequest.ForAllUserPasses(TemplateId, new PassUser("u") { Email = "a" + Lone + "@example.com" })) },
        { "User.Attributes[memberBalance]", c => c.UpsertUserPassAsync(UpsertUserPassRequest.ForAllUserPasses(TemplateId, new PassUser("u") { Attributes = { ["memberBalance"] = "10" + Lone } })) },
        { "User.Attributes", c => c.UpsertUserPassAsync(UpsertUserPassRequest.ForAllUserPasses(TemplateId, new PassUser("u") { Attributes = { [Lone] = "10" } })) },
        { "Pass.Id", c => c.UpsertUserPassAsync(UpsertUserPassRequest.ForPass(TemplateId, new PassUser("u"), new PassDetails(Lone + "p"))) },
        { "Pass.Attributes[ticket]", c => c.UpsertUserPassAsync(UpsertUserPassRequest.ForPass(TemplateId, new PassUser("u"), new PassDetails("p") { Attributes = { ["ticket"] = Lone } })) },
        { "Pass.Attributes", c => c.UpsertUserPassAsync(UpsertUserPassRequest.ForPass(TemplateId, new PassUser("u"), new PassDetails("p") { Attributes = { ["t" + Lone] = "x" } })) },
        { "PassTemplateId", c => c.SendPushNotificationAsync(new SendPushNotificationRequest(Lone, "p", "Hi")) },
        { "PassId", c => c.SendPushNotificationAsync(new SendPushNotificationRequest(TemplateId, "p" + Lone, "Hi")) },
        { "Message", c => c.SendPushNotificationAsync(new SendPushNotificationRequest(TemplateId, "p", "Your balance is 1000 " + Lone)) },
        { "TemplateId", c => c.CreateSdkTokenAsync(new CreateSdkTokenRequest(TemplateId + Lone, [SdkPermission.WorkspaceRead, SdkPermission.UserRead])) },
        { "Permissions[2]", c => c.CreateSdkTokenAsync(new CreateSdkTokenRequest(TemplateId, [SdkPermission.WorkspaceRead, SdkPermission.UserRead, new SdkPermission("pass:" + Lone)])) },
        { "EnabledTopics[0]", c => c.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest(new Uri("https://example.com/h"), [new WebhookTopic("pass." + Lone)])) },
    };

    public static TheoryData<string, Func<PassesClient, Task>> NullRequests => new()
    {
        { "request", c => c.UpsertUserPassAsync(null!) },
        { "request", c => c.SendPushNotificationAsync(null!) },
        { "request", c => c.CreateSdkTokenAsync(null!) },
        { "request", c => c.CreateWebhookEndpointAsync(null!) },
    };

    [Theory]
    [MemberData(nameof(InvalidCalls))]
    public async Task Invalid_request_names_the_field_and_sends_nothing(string field, Func<PassesClient, Task> call)
    {
        using var stub = new PassesStub();

        var error = await Assert.ThrowsAsync<BadgeValidationException>(() => call(stub.Client));

        Assert.Equal(field, error.Field);
        Assert.StartsWith(field + ":", error.Message, StringComparison.Ordinal);
        Assert.Empty(stub.Handler.Requests);
    }

    [Theory]
    [MemberData(nameof(LoneSurrogates))]
    public async Task Text_with_a_lone_surrogate_is_refused_instead_of_sent_as_U_FFFD(string field, Func<PassesClient, Task> call)
    {
        await Invalid_request_names_the_field_and_sends_nothing(field, call);
    }

    [Fact]
    public async Task Bare_user_email_is_sent_unchanged()
    {
        using var stub = new PassesStub();

        await stub.Client.UpsertUserPassAsync(UpsertUserPassRequest.ForAllUserPasses(TemplateId, new PassUser("u") { Email = "ada.lovelace+passes@mail.example.co.uk" }));

        using var body = System.Text.Json.JsonDocument.Parse(Assert.Single(stub.Sent).Body);
        Assert.Equal("ada.lovelace+passes@mail.example.co.uk", body.RootElement.GetProperty("user").GetProperty("email").GetString());
    }

    [Theory]
    [MemberData(nameof(NullRequests))]
    public async Task Null_request_is_an_argument_error_and_sends_nothing(string parameter, Func<PassesClient, Task> call)
    {
        using var stub = new PassesStub();

        var error = await Assert.ThrowsAsync<ArgumentNullException>(() => call(stub.Client));

        Assert.Equal(parameter, error.ParamName);
        Assert.Empty(stub.Handler.Requests);
    }

    [Fact]
    public void Factories_refuse_null_arguments()
    {
        Assert.Equal("user", Assert.Throws<ArgumentNullException>(() => UpsertUserPassRequest.ForPass(TemplateId, null!, new PassDetails("p"))).ParamName);
        Assert.Equal("pass", Assert.Throws<ArgumentNullException>(() => UpsertUserPassRequest.ForPass(TemplateId, new PassUser("u"), null!)).ParamName);
        Assert.Equal("user", Assert.Throws<ArgumentNullException>(() => UpsertUserPassRequest.ForAllUserPasses(TemplateId, null!)).ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("whsec_not base64!")]
    [InlineData("whsec_")]
    public void Webhook_secret_that_is_not_whsec_and_base64_is_a_validation_error(string secret)
    {
        var error = Assert.Throws<BadgeValidationException>(() => new WebhookVerifier(secret));

        Assert.Equal("secret", error.Field);
        Assert.StartsWith("secret:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_webhook_secret_is_not_quoted_in_the_error()
    {
        var error = Assert.Throws<BadgeValidationException>(() => new WebhookVerifier("whsec_secret-value!"));

        Assert.DoesNotContain("secret-value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_webhook_secret_is_an_argument_error()
    {
        Assert.Equal("secret", Assert.Throws<ArgumentNullException>(() => new WebhookVerifier(null!)).ParamName);
    }

    private static UpsertUserPassRequest InviteWithoutFieldName()
    {
        var request = UpsertUserPassRequest.ForAllUserPasses(TemplateId, new PassUser("u"));
        request.SendInviteEmail = true;
        return request;
    }
}
