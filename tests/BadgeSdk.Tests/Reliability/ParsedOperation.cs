using BadgeSdk.Issuance;
using BadgeSdk.Loyalty;
using BadgeSdk.Passes;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Reliability;

/// <summary>
/// One SDK call whose response body the SDK reads, with documents it must read: the documented
/// successes (the seeds the fuzzers garble) and the vendor's error bodies.
/// </summary>
/// <param name="Name">The method, without <c>Async</c>.</param>
/// <param name="IsWrite">Whether the call changes state, so a 2xx it cannot read must still say "may have been processed".</param>
/// <param name="CreateClient">Makes a client over an in-memory handler.</param>
/// <param name="InvokeAsync">Makes the call.</param>
/// <param name="Successes">Documents the API answers on success, the one with the most fields first.</param>
/// <param name="Errors">Documents the API answers on failure.</param>
internal sealed record ParsedOperation(
    string Name,
    bool IsWrite,
    Func<HttpMessageHandler, BadgeClient> CreateClient,
    Func<BadgeClient, CancellationToken, Task<object>> InvokeAsync,
    IReadOnlyList<string> Successes,
    IReadOnlyList<string> Errors)
{
    private const string PassTemplateId = "a84f890a-2478-925f-38ba-673e833e526c";

    private static readonly string[] IssuanceErrors =
    [
        """{"success":false,"message":"The name field is required.","errors":{"name":["The name field is required."]}}""",
        """{"success":false,"message":"The idempotency key has already been used."}""",
        """{"message":"Unauthenticated."}""",
    ];

    private static readonly string[] PassesErrors = ["""{"message":"Pass template not found"}""", """{"error":"invalid_request","message":"user.id is required"}"""];

    public static IReadOnlyList<ParsedOperation> All { get; } =
    [
        new("IssueBadge", true, Issuance, async (c, ct) => await ((IssuanceClient)c).IssueBadgeAsync(new IssueBadgeRequest("abc123", "Ada") { IdempotencyKey = "fuzz-key" }, ct), IssueSuccesses, IssuanceErrors),
        new("IssueBadgeViaGet", true, Issuance, async (c, ct) => await ((IssuanceClient)c).IssueBadgeViaGetAsync(new IssueBadgeRequest("abc123", "Ada") { IdempotencyKey = "fuzz-key" }, ct), IssueSuccesses, IssuanceErrors),
        new(
            "CreateBadgeTemplate",
            true,
            Issuance,
            async (c, ct) => await ((IssuanceClient)c).CreateBadgeTemplateAsync(new CreateBadgeTemplateRequest("Mentor", "Mentored a newcomer", "Contoso") { IdempotencyKey = "fuzz-key" }, ct),
            [
                """{"success":true,"message":"Badge created successfully","badge_id":"tmpl-1"}""",
                """{"success":true,"data":{"id":"t-2","badge_id":42,"name":"Mentor","description":"d","created_at":"2025-01-15T10:30:00.000000Z"}}""",
            ],
            IssuanceErrors),
        new(
            "ListBadgeTemplates",
            false,
            Issuance,
            async (c, ct) => await ((IssuanceClient)c).ListBadgeTemplatesAsync(ct),
            ["""{"success":true,"data":[{"id":"abc123","name":"Safety Training","description":"Completed the safety course","created_at":"2025-01-15T10:30:00.000000Z"},{"badge_id":42,"name":"Mentor","created_at":1716803487}]}"""],
            IssuanceErrors),
        new("ValidateApiKey", false, Issuance, async (c, ct) => await ((IssuanceClient)c).ValidateApiKeyAsync(null, ct), ["""{"success":true,"message":"API key is valid"}"""], IssuanceErrors),
        new(
            "UpsertUserPass",
            true,
            Passes,
            async (c, ct) => await ((PassesClient)c).UpsertUserPassAsync(UpsertUserPassRequest.ForPass(PassTemplateId, new PassUser("66565"), new PassDetails("88787")), ct),
            ["""{"pass":{"id":"88787","downloadUrl":"https://example.com/download?id=123&token=123"}}"""],
            PassesErrors),
        new("SendPushNotification", true, Passes, async (c, ct) => await ((PassesClient)c).SendPushNotificationAsync(new SendPushNotificationRequest(PassTemplateId, "88787", "Hi"), ct), ["{}", """{"sent":true}"""], PassesErrors),
        new(
            "ListPassTemplates",
            false,
            Passes,
            async (c, ct) => await ((PassesClient)c).ListPassTemplatesAsync(ct),
            ["""{"passTemplates":[{"id":"a84f890a-2478-925f-38ba-673e833e526c","name":"Membership"},{"id":"0b7c2d1e-1111-4a2b-9c3d-222233334444","name":"Event Ticket"}]}"""],
            PassesErrors),
        new(
            "CreateSdkToken",
            true,
            Passes,
            async (c, ct) => await ((PassesClient)c).CreateSdkTokenAsync(new CreateSdkTokenRequest(PassTemplateId, [SdkPermission.WorkspaceRead, SdkPermission.UserRead, SdkPermission.PassWrite]), ct),
            ["""{"token":"sdk_tok_7f3a9c2e1b"}"""],
            PassesErrors),
        new(
            "CreateWebhookEndpoint",
            true,
            Passes,
            async (c, ct) => await ((PassesClient)c).CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest(new Uri("https://example.com/h"), [WebhookTopic.PassActivated]), ct),
            ["""{"id":"we_1","secret":"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw","url":"https://example.com/h","enabledTopics":["pass.activated","pass.deactivated"],"enabled":true,"createdAt":"2025-01-15T10:30:00Z"}"""],
            PassesErrors),
        new(
            "CreateBadge",
            true,
            Loyalty,
            async (c, ct) => await ((LoyaltyClient)c).CreateBadgeAsync(new CreateBadgeRequest("BADGE12", DateTimeOffset.UtcNow.AddDays(1), DateTimeOffset.UtcNow.AddDays(30)) { Ownership = { RestrictedToOwners = { OwnerType.Loyalty } } }, ct),
            [Capillary("create-resp-4-historical.json"), Capillary("create-resp-1-badge123.json"), Capillary("create-resp-2-issue-earn.json")],
            [Capillary("create-resp-3-errors-728-725-722.json"), """{"data":null,"errors":[{"code":999999,"message":"Validation failed"}],"warnings":null}"""]),
        new(
            "IssueBulk",
            true,
            Loyalty,
            async (c, ct) => await ((LoyaltyClient)c).IssueBulkAsync(new IssueBulkRequest("653de84db3cda7078c7c68ed", [566881934, 566881933]) { RequestId = "fuzz-1" }, ct),
            [Capillary("enrol-resp-1-1040.json"), Capillary("enrol-resp-2-1040.json")],
            ["""{"data":null,"errors":[{"code":809,"message":"Request with the same requestId is not allowed","reference":null}],"warnings":null}""", """{"data":null,"errors":[{"code":816,"message":"Event date is not in duration of badge meta."}]}"""]),
    ];

    private static string[] IssueSuccesses =>
    [
        """{"success":true,"IssueId":"i-1","publicUrl":"https://app.issuebadge.com/p/i-1"}""",
        """{"success":true,"issue_id":123,"public_url":"https://app.issuebadge.com/p/123"}""",
    ];

    /// <summary>Gets the documents the exhaustive sweeps garble: the first (richest) success and every error; random runs use them all.</summary>
    public IEnumerable<string> SweepDocuments => Successes.Take(1).Concat(Errors);

    public override string ToString() => Name;

    private static string Capillary(string file) => File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "tests", "wiremock", "__files", "capillary", file));

    // Retries stay on (the retry policy reads 5xx bodies too) but take no time; the breaker is off
    // because thousands of garbled answers in a row are the point here, not an outage.
    private static T Fast<T>(T options)
        where T : BadgeClientOptions
    {
        options.Retry.MaxRetries = 1;
        options.Retry.BaseDelay = TimeSpan.FromTicks(1);
        options.Retry.MaxDelay = TimeSpan.FromTicks(1);
        options.Retry.UseJitter = false;
        options.CircuitBreaker.Enabled = false;
        return options;
    }

    private static IssuanceClient Issuance(HttpMessageHandler handler) => new(Fast(new IssuanceClientOptions { ApiToken = "t" }), handler);

    private static PassesClient Passes(HttpMessageHandler handler) => new(Fast(new PassesClientOptions { ApiKey = "k" }), handler);

    private static LoyaltyClient Loyalty(HttpMessageHandler handler) => new(Fast(new LoyaltyClientOptions { TillId = "t", Password = "p" }), handler);
}
