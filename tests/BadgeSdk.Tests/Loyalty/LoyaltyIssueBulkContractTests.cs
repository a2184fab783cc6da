using BadgeSdk.Loyalty;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Loyalty;

/// <summary>Bulk enrolment against the documented examples, per-customer errors, 809, 816 and chunking.</summary>
[Collection(WireMockGroup.Name)]
[Trait("Category", "Contract")]
public sealed class LoyaltyIssueBulkContractTests(WireMockServer wireMock) : IDisposable
{
    private static readonly DateTimeOffset EventDate = new(2024, 4, 23, 13, 44, 15, TimeSpan.FromHours(5.5));

    private readonly LoyaltyClient _client = Clients.Loyalty(wireMock.BaseUri);

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task Example_1_customer_already_enrolled_is_a_per_customer_failure_although_errors_is_empty()
    {
        var result = await _client.IssueBulkAsync(new IssueBulkRequest("66276dc68fe258516a88ff8e", [566881933])
        {
            RequestId = "21390",
            EventDate = EventDate,
            TriggeredBy = new BadgeTrigger(OwnerType.Loyalty, "123694"),
        });

        var customer = Assert.Single(result.Customers);
        Assert.Equal(EnrolmentOutcome.Failed, customer.Outcome);
        Assert.True(customer.IsAlreadyEnrolled);
        Assert.Equal(new BadgeError(1040, "An active issue for the badge already exists.", null), customer.Error);
        Assert.Equal("69381523cebb9648d8974534", customer.IssuedId);
        Assert.Equal(BadgeStatus.Active, customer.Status);
        Assert.Equal("21390", customer.RequestId);
        Assert.False(result.AllEnrolled);
        Assert.Equal(new DateTimeOffset(2031, 1, 15, 9, 32, 37, TimeSpan.Zero), result.ExpiresOn);
        Assert.Equal(new BadgeTrigger(OwnerType.Loyalty, "123694a"), result.TriggeredBy);
    }

    [Fact]
    public async Task Example_2_mixed_outcomes_per_customer()
    {
        var result = await _client.IssueBulkAsync(new IssueBulkRequest("653de84db3cda7078c7c68ed", [566881934, 566881933])
        {
            RequestId = "10few789",
            EventDate = EventDate,
            TriggeredBy = new BadgeTrigger(OwnerType.Loyalty, "626"),
        });

        Assert.Equal([566881934L, 566881933L], result.Customers.Select(c => c.CustomerId));
        var enrolled = Assert.Single(result.Enrolled);
        Assert.Equal((566881934L, "69381605cebb9648d8974536"), (enrolled.CustomerId, enrolled.IssuedId));
        Assert.Null(enrolled.Error);
        Assert.Equal(1040, Assert.Single(result.Failed).Error!.Code);
    }

    [Fact]
    public async Task Event_date_outside_the_badge_is_a_validation_failure()
    {
        var error = await Assert.ThrowsAsync<BadgeValidationException>(() => _client.IssueBulkAsync(new IssueBulkRequest("badge-816", [1, 2]) { RequestId = "r-816" }));

        Assert.Equal(816, error.ErrorCode);
        Assert.Equal("r-816", error.RequestId);
    }

    [Fact]
    public async Task Reused_request_id_on_a_first_attempt_is_a_conflict()
    {
        var error = await Assert.ThrowsAsync<BadgeConflictException>(() => _client.IssueBulkAsync(new IssueBulkRequest("badge-809", [1]) { RequestId = "used-before" }));

        Assert.IsNotType<BadgeAlreadyProcessedException>(error);
        Assert.Equal(809, error.ErrorCode);
    }

    [Fact]
    public async Task Reused_request_id_on_our_own_retry_means_already_processed()
    {
        var prefix = $"/t/{Guid.NewGuid():N}/";
        var path = prefix + "api_gateway/v1/badges/badgeMeta/customer/issueBulk";
        var scenario = "s-" + Guid.NewGuid().ToString("N");
        await wireMock.StubAsync(Mapping.Of("POST", path, """{"fault":"CONNECTION_RESET_BY_PEER"}""", scenario, "Started", "lost"));
        await wireMock.StubAsync(Mapping.Of("POST", path, """{"status":200,"jsonBody":{"data":null,"errors":[{"code":809,"message":"Request with the same requestId is not allowed","reference":null}],"warnings":null}}""", scenario, "lost"));
        using var client = Clients.Loyalty(new Uri(wireMock.BaseUri, prefix));

        var error = await Assert.ThrowsAsync<BadgeAlreadyProcessedException>(() => client.IssueBulkAsync(new IssueBulkRequest("b-1", [7, 8]) { RequestId = "retry-1" }));

        Assert.Equal("retry-1", error.RequestId);
        Assert.Contains("re-read", error.Message, StringComparison.Ordinal);
        var journal = await wireMock.RequestsAsync(prefix);
        Assert.Equal(["retry-1", "retry-1"], journal.Select(r => r.Json.GetProperty("requestId").GetString()));
    }

    [Fact]
    public async Task Large_lists_are_chunked_with_deterministic_request_ids()
    {
        var prefix = $"/t/{Guid.NewGuid():N}/";
        await StubEchoAsync(prefix);
        using var client = Clients.Loyalty(new Uri(wireMock.BaseUri, prefix), o => o.IssueBulkChunkSize = 100);
        var customers = Enumerable.Range(1, 1000).Select(i => (long)i).ToList();

        var first = await client.IssueBulkAsync(new IssueBulkRequest("b-chunks", customers) { RequestId = "run-42" });
        var firstIds = (await wireMock.RequestsAsync(prefix)).Select(r => r.Json.GetProperty("requestId").GetString()).ToList();
        await client.IssueBulkAsync(new IssueBulkRequest("b-chunks", customers) { RequestId = "run-42" });
        var allIds = (await wireMock.RequestsAsync(prefix)).Select(r => r.Json.GetProperty("requestId").GetString()).ToList();

        Assert.Equal(10, firstIds.Count);
        Assert.Equal(10, firstIds.Distinct().Count());
        Assert.All(firstIds, id => Assert.Matches("^run-42-[0-9a-f]{16}$", id));
        Assert.Equal(20, allIds.Count);
        Assert.Equal(firstIds.Order(), allIds.Skip(10).Order());
        Assert.Equal(1000, first.Enrolled.Count());
        Assert.Equal(customers, first.Customers.Select(c => c.CustomerId));
        Assert.Equal(first.Customers[900].RequestId, first.Customers[^1].RequestId);
        Assert.NotEqual(first.Customers[899].RequestId, first.Customers[900].RequestId);
    }

    [Fact]
    public async Task A_rerun_with_one_customer_more_keeps_the_unchanged_chunks_ids_and_never_lends_one()
    {
        var prefix = $"/t/{Guid.NewGuid():N}/";
        await StubEchoAsync(prefix);
        using var client = Clients.Loyalty(new Uri(wireMock.BaseUri, prefix), o => o.IssueBulkChunkSize = 100);
        var customers = Enumerable.Range(1, 250).Select(i => (long)i).ToList();

        var first = await client.IssueBulkAsync(new IssueBulkRequest("b-rerun", customers) { RequestId = "rerun" });
        var second = await client.IssueBulkAsync(new IssueBulkRequest("b-rerun", [.. customers, 251]) { RequestId = "rerun" });

        // Chunks 1 and 2 hold the same customers, so they keep their ids; chunk 3 changed, so its id did.
        Assert.Equal(first.Customers[0].RequestId, second.Customers[0].RequestId);
        Assert.Equal(first.Customers[199].RequestId, second.Customers[199].RequestId);
        Assert.NotEqual(first.Customers[200].RequestId, second.Customers[200].RequestId);
        Assert.Equal(second.Customers[200].RequestId, second.Customers[250].RequestId);
        Assert.Equal(EnrolmentOutcome.Enrolled, second.Customers[250].Outcome);
    }

    [Fact]
    public async Task A_failed_chunk_does_not_hide_the_others()
    {
        var prefix = $"/t/{Guid.NewGuid():N}/";
        var path = prefix + "api_gateway/v1/badges/badgeMeta/customer/issueBulk";
        await StubEchoAsync(prefix);
        var failing = System.Text.Json.Nodes.JsonNode.Parse(Mapping.Of(
            "POST", path, """{"status":400,"jsonBody":{"data":null,"errors":[{"code":816,"message":"Event date is not in duration of badge meta.","reference":null}]}}"""))!;
        failing["priority"] = 1;
        failing["request"]!["bodyPatterns"] = System.Text.Json.Nodes.JsonNode.Parse("""[{"matchesJsonPath":"$[?(@.customers[0] == 3)]"}]""");
        await wireMock.StubAsync(failing);
        using var client = Clients.Loyalty(new Uri(wireMock.BaseUri, prefix), o => o.IssueBulkChunkSize = 2);

        var result = await client.IssueBulkAsync(new IssueBulkRequest("b-mixed", [1, 2, 3, 4, 5]) { RequestId = "mixed" });

        Assert.Equal([EnrolmentOutcome.Enrolled, EnrolmentOutcome.Enrolled, EnrolmentOutcome.Failed, EnrolmentOutcome.Failed, EnrolmentOutcome.Enrolled], result.Customers.Select(c => c.Outcome));
        Assert.IsType<BadgeValidationException>(result.Customers[2].ChunkError);
        Assert.Equal(816, Assert.IsType<BadgeValidationException>(result.Customers[3].ChunkError).ErrorCode);
    }

    [Fact]
    public async Task Cancellation_stops_starting_chunks_and_says_which_customers_were_not_sent()
    {
        var prefix = $"/t/{Guid.NewGuid():N}/";
        var path = prefix + "api_gateway/v1/badges/badgeMeta/customer/issueBulk";
        await wireMock.StubAsync(Mapping.Of("POST", path, """{"status":200,"fixedDelayMilliseconds":300,"jsonBody":{"data":{"issuedBadges":[]},"errors":[]}}"""));
        using var client = Clients.Loyalty(new Uri(wireMock.BaseUri, prefix), o =>
        {
            o.IssueBulkChunkSize = 1;
            o.IssueBulkMaxConcurrency = 1;
        });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(450));

        var result = await client.IssueBulkAsync(new IssueBulkRequest("b-cancel", Enumerable.Range(1, 20).Select(i => (long)i)), cancel.Token);

        Assert.Contains(result.Customers, c => c.Outcome == EnrolmentOutcome.NotSent);
        Assert.DoesNotContain(result.Customers, c => c.Outcome == EnrolmentOutcome.Enrolled);
        Assert.True((await wireMock.RequestsAsync(prefix)).Count < 20);
    }

    [Theory]
    [InlineData("", new long[] { 1 }, "BadgeId")]
    [InlineData("b", new long[0], "CustomerIds")]
    [InlineData("b", new long[] { 1, 1 }, "CustomerIds")]
    public async Task Invalid_bulk_requests_are_refused_before_sending(string badgeId, long[] customers, string field)
    {
        var prefix = $"/t/{Guid.NewGuid():N}/";
        using var client = Clients.Loyalty(new Uri(wireMock.BaseUri, prefix));

        var error = await Assert.ThrowsAsync<BadgeValidationException>(() => client.IssueBulkAsync(new IssueBulkRequest(badgeId, customers)));

        Assert.Equal(field, error.Field);
        Assert.Empty(await wireMock.RequestsAsync(prefix));
    }

    // Echoes every customer of the request back as enrolled (WireMock response templating).
    private Task StubEchoAsync(string prefix) => wireMock.StubAsync(Mapping.Of(
        "POST",
        prefix + "api_gateway/v1/badges/badgeMeta/customer/issueBulk",
        """
        {"status":200,"headers":{"Content-Type":"application/json"},"transformers":["response-template"],
         "body":"{\"data\":{\"badgeMetaId\":\"{{jsonPath request.body '$.badgeMetaId'}}\",\"requestId\":\"{{jsonPath request.body '$.requestId'}}\",\"issuedBadges\":[{{#each (jsonPath request.body '$.customers') as |c|}}{{#unless @first}},{{/unless}}{\"customerId\":{{c}},\"issuedId\":\"i-{{c}}\",\"status\":\"ACTIVE\"}{{/each}}]},\"errors\":[],\"warnings\":[]}"}
        """));
}
