using System.Net;
using System.Reflection;
using System.Text;
using BadgeSdk.Issuance;
using BadgeSdk.Loyalty;
using BadgeSdk.Passes;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Core;

/// <summary>
/// Every operation's result hands out the HTTP response it was read from (status, headers, the
/// server's request id, attempts, body), as Azure's <c>Response&lt;T&gt;</c> does; a new operation
/// whose result derives from <see cref="BadgeResult"/> must be listed here, and return through
/// <c>BadgeHttpRequest.Complete</c>.
/// </summary>
public sealed class RawResponseTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.UtcNow.AddDays(1);

    public static TheoryData<string, Func<HttpMessageHandler, Task<BadgeResult>>> Calls => new()
    {
        { "IssueBadge", async h => await Issuance(h).IssueBadgeAsync(new IssueBadgeRequest("b", "Ada")) },
        { "IssueBadgeViaGet", async h => await Issuance(h).IssueBadgeViaGetAsync(new IssueBadgeRequest("b", "Ada")) },
        { "CreateBadgeTemplate", async h => await Issuance(h).CreateBadgeTemplateAsync(new CreateBadgeTemplateRequest("n", "d", "o")) },
        { "ValidateApiKey", async h => await Issuance(h).ValidateApiKeyAsync() },
        { "UpsertUserPass", async h => await Passes(h).UpsertUserPassAsync(UpsertUserPassRequest.ForAllUserPasses("t", new PassUser("u"))) },
        { "SendPushNotification", async h => await Passes(h).SendPushNotificationAsync(new SendPushNotificationRequest("t", "p", "hi")) },
        { "CreateSdkToken", async h => await Passes(h).CreateSdkTokenAsync(new CreateSdkTokenRequest("t", [SdkPermission.WorkspaceRead, SdkPermission.UserRead])) },
        { "CreateWebhookEndpoint", async h => await Passes(h).CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest(new Uri("https://example.com/h"), [WebhookTopic.PassActivated])) },
        { "CreateBadge", async h => await Loyalty(h).CreateBadgeAsync(new CreateBadgeRequest("n", Start, Start.AddDays(1)) { Ownership = { RestrictedToOwners = { OwnerType.Loyalty } } }) },
        { "UpdateBadge", async h => await Loyalty(h).UpdateBadgeAsync(new UpdateBadgeRequest("b", "n", Start, Start.AddDays(1)) { Ownership = { RestrictedToOwners = { OwnerType.Loyalty } } }) },
        { "IssueBulk", async h => await Loyalty(h).IssueBulkAsync(new IssueBulkRequest("b", [566881934, 566881933]) { RequestId = "r" }) },
        { "ListBadgesPage", async h => await Loyalty(h).ListBadgesPageAsync(new ListBadgesRequest()) },
        { "GetFixedWindowDetails", async h => await Loyalty(h).GetFixedWindowDetailsAsync(new GetFixedWindowDetailsRequest("b")) },
        { "CreateBadgeGroup", async h => await Loyalty(h).CreateBadgeGroupAsync(new CreateBadgeGroupRequest("Gold", 1)) },
        { "UpdateBadgeGroup", async h => await Loyalty(h).UpdateBadgeGroupAsync(new UpdateBadgeGroupRequest("g", "Gold", 2)) },
        { "ListBadgeGroupsPage", async h => await Loyalty(h).ListBadgeGroupsPageAsync(new ListBadgeGroupsRequest()) },
        { "CreateCustomField", async h => await Loyalty(h).CreateCustomFieldAsync(new CreateCustomFieldRequest("Store", CustomFieldDataType.Text)) },
        { "UpdateCustomField", async h => await Loyalty(h).UpdateCustomFieldAsync(new UpdateCustomFieldRequest("f", "Store", CustomFieldDataType.Text)) },
        { "ListCustomFieldsPage", async h => await Loyalty(h).ListCustomFieldsPageAsync(new ListCustomFieldsRequest()) },
        { "RevokeEnrolment", async h => await Loyalty(h).RevokeEnrolmentAsync(new RevokeEnrolmentRequest("b") { CustomerIds = { 566881934 } }) },
        { "EarnBadge", async h => await Loyalty(h).EarnBadgeAsync(new EarnBadgeRequest("b", 566881934, new BadgeTrigger(OwnerType.Loyalty, "1")) { RequestId = "r" }) },
        { "EarnBulk", async h => await Loyalty(h).EarnBulkAsync(new EarnBulkRequest("b", [566881934, 566881933], new BadgeTrigger(OwnerType.Loyalty, "1")) { RequestId = "r" }) },
        { "RevokeEarn", async h => await Loyalty(h).RevokeEarnAsync(new RevokeEarnRequest("b", CustomerKey.FromId(566881934), "e")) },
        { "ImportEarnedBadges", async h => await Loyalty(h).ImportEarnedBadgesAsync(new ImportEarnedBadgesRequest([new EarnedBadgeImport("b", 566881934, Start, Start.AddDays(30))])) },
        { "GetCustomerBadges", async h => await Loyalty(h).GetCustomerBadgesAsync(new GetCustomerBadgesRequest(CustomerKey.FromId(566881934))) },
        { "ListCustomerBadgesPage", async h => await Loyalty(h).ListCustomerBadgesPageAsync(new ListCustomerBadgesRequest(CustomerKey.FromId(566881934))) },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task The_result_gives_the_raw_response(string operation, Func<HttpMessageHandler, Task<BadgeResult>> call)
    {
        using var handler = new StubHandler((request, n) =>
        {
            // Writes without a key are never re-sent once sent, so only the others see a 503 first.
            var retried = operation is not ("SendPushNotification" or "CreateWebhookEndpoint" or "CreateCustomField" or "ImportEarnedBadges");
            var answer = StubHandler.Json(n == 1 && retried ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK, Body(request));
            answer.Headers.TryAddWithoutValidation("X-Request-Id", $"req-{n}");
            answer.Headers.TryAddWithoutValidation("X-RateLimit-Remaining", "41");
            return answer;
        });

        var result = await call(handler);

        var raw = result.GetRawResponse();
        Assert.NotNull(raw);
        Assert.Equal(200, raw.Status);
        var last = handler.Requests.Count;
        Assert.Equal($"req-{last}", raw.RequestId);
        Assert.True(raw.TryGetHeader("x-ratelimit-remaining", out var remaining));
        Assert.Equal("41", remaining);
        Assert.Contains(raw.Headers, h => h.Key == "Content-Type");
        Assert.Equal("application/json", raw.MediaType);
        Assert.Equal(last, raw.Attempts);
        Assert.False(raw.TryGetHeader("X-Absent", out _));
        Assert.DoesNotContain("req-", result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_operation_whose_result_is_a_BadgeResult_is_listed_above()
    {
        var listed = Calls.Select(row => (string)row[0]).ToHashSet();
        var results = new[] { typeof(IssuanceClient), typeof(PassesClient), typeof(LoyaltyClient) }
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(Task<>) && typeof(BadgeResult).IsAssignableFrom(m.ReturnType.GetGenericArguments()[0]))
            .Select(m => m.Name[..^"Async".Length])
            .ToHashSet();

        Assert.Empty(results.Except(listed));
    }

    [Fact]
    public async Task The_response_is_not_part_of_the_results_value()
    {
        using var first = StubHandler.Always(HttpStatusCode.OK, """{"success":true,"IssueId":"i-1","publicUrl":"https://issuebadge.test/b/i-1"}""");
        using var second = StubHandler.Always(HttpStatusCode.Created, """{"success":true,"IssueId":"i-1","publicUrl":"https://issuebadge.test/b/i-1"}""");
        var request = new IssueBadgeRequest("b", "Ada") { IdempotencyKey = IdempotencyKey.FromParts("same") };

        var a = await Issuance(first).IssueBadgeAsync(request);
        var b = await Issuance(second).IssueBadgeAsync(request);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.False(a.Equals(null));
        Assert.False(a.Equals((BadgeResult?)null));
        Assert.NotEqual(a.GetRawResponse()!.Status, b.GetRawResponse()!.Status);
        Assert.Null(new IssueBadgeResult("i", null, IdempotencyKey.FromParts("x")).GetRawResponse());
        Assert.Equal(a.GetRawResponse(), (a with { IssueId = "i-2" }).GetRawResponse());
        Assert.Equal("""{"success":true,"IssueId":"i-1","publicUrl":"https://issuebadge.test/b/i-1"}""", Encoding.UTF8.GetString(a.GetRawResponse()!.Content.Span));
    }

    private static string Body(HttpRequestMessage request)
    {
        var path = request.RequestUri!.AbsolutePath;
        return path.EndsWith("issue/create", StringComparison.Ordinal) ? """{"success":true,"IssueId":"i-1","publicUrl":"https://issuebadge.test/b/i-1"}"""
            : path.EndsWith("badge/create", StringComparison.Ordinal) ? """{"success":true,"badge_id":"b-1"}"""
            : path.EndsWith("validate-key", StringComparison.Ordinal) ? """{"success":true,"message":"ok"}"""
            : path.EndsWith("sdkToken", StringComparison.Ordinal) ? """{"token":"eyJ.t.s"}"""
            : path.EndsWith("webhookEndpoints", StringComparison.Ordinal) ? """{"id":"ep_1","secret":"whsec_AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcY","url":"https://example.com/h","enabledTopics":["pass.activated"],"enabled":true}"""
            : path.EndsWith("issueBulk", StringComparison.Ordinal) ? Vendor("enrol-resp-1-1040.json")
            : path.EndsWith("earnBulk", StringComparison.Ordinal) ? Vendor("issue-badge-to-multiple-customers/response-200-ok.json")
            : path.EndsWith("customer/earn", StringComparison.Ordinal) ? Vendor("issue-badge-to-the-customer/response-200-sample-response.json")
            : path.EndsWith("revokeEarn", StringComparison.Ordinal) ? Vendor("revoke-issual-of-a-badge/response-200-sample-response.json")
            : path.EndsWith("revokeIssue", StringComparison.Ordinal) ? Vendor("revoke-enrolment-of-a-badge/response-200-single-customer.json")
            : path.EndsWith("customerBadges", StringComparison.Ordinal) ? Vendor("import-earned-badges-of-customer/response-200-sample-response.json")
            : path.Contains("/management/", StringComparison.Ordinal) ? Vendor("get-all-customer-badges/response-200-sample-response.json")
            : path.Contains("/customer/", StringComparison.Ordinal) ? Vendor("get-badges-for-customer/response-200-earned-badges.json")
            : path.EndsWith("group", StringComparison.Ordinal) && request.Method == HttpMethod.Get ? Vendor("get-all-groups/response-200-result.json")
            : path.EndsWith("group", StringComparison.Ordinal) ? Vendor("create-badges-group/response-200-sample-response.json")
            : path.Contains("/group/", StringComparison.Ordinal) ? Vendor("update-badges-group/response-200-sample-response.json")
            : path.EndsWith("customField", StringComparison.Ordinal) && request.Method == HttpMethod.Get ? Vendor("get-all-custom-fields/response-200-sample-response.json")
            : path.EndsWith("customField", StringComparison.Ordinal) ? Vendor("create-custom-field/response-201-sample-response.json")
            : path.Contains("/customField/", StringComparison.Ordinal) ? Vendor("update-custom-field-badge/response-200-sample-response.json")
            : path.EndsWith("getFixedWindowDetails", StringComparison.Ordinal) ? Vendor("get-fixed-window-details/response-200-sample-response.json")
            : path.EndsWith("badgeMeta", StringComparison.Ordinal) && request.Method == HttpMethod.Get ? Vendor("get-all-badges/response-200-result.json")
            : path.EndsWith("badgeMeta", StringComparison.Ordinal) ? Vendor("create-resp-1-badge123.json")
            : """{"pass":{"downloadUrl":"https://example.com/d"}}""";
    }

    private static string Vendor(string file) => File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "tests", "wiremock", "__files", "capillary", file));

    private static IssuanceClient Issuance(HttpMessageHandler handler) => new(Short(new IssuanceClientOptions { ApiToken = "t" }), handler);

    private static PassesClient Passes(HttpMessageHandler handler) => new(Short(new PassesClientOptions { ApiKey = "k" }), handler);

    private static LoyaltyClient Loyalty(HttpMessageHandler handler) => new(Short(new LoyaltyClientOptions { TillId = "t", Password = "p" }), handler);

    private static T Short<T>(T options)
        where T : BadgeClientOptions
    {
        Clients.Shorten(options);
        return options;
    }
}
