using BadgeSdk.Loyalty;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Loyalty;

/// <summary>
/// The customer writes (revoke enrolment, earn, earnBulk, revoke earn, import) over real HTTP:
/// every documented request example matched exactly (method, URL, Basic header, <c>equalToJson</c>),
/// every response example read through the SDK and checked field by field.
/// </summary>
[Collection(WireMockGroup.Name)]
[Trait("Category", "Contract")]
public sealed class LoyaltyCustomerWriteContractTests(WireMockServer wireMock)
{
    private const string RevokeIssue = "api_gateway/v1/badges/badgeMeta/customer/revokeIssue";
    private const string Earn = "api_gateway/v1/badges/customer/earn";
    private const string EarnBulk = "api_gateway/v1/badges/customer/earnBulk";
    private const string RevokeEarn = "api_gateway/v1/badges/customer/revokeEarn";
    private const string Import = "api_gateway/v1/badges/import/customerBadges";

    // A day before the earn examples' event dates, so the 24-hour rule lets them through.
    private static readonly DateTimeOffset Now = new(2025, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Revoke_enrolment_of_multiple_customers_sends_the_example_and_reads_each_customer()
    {
        var stubs = new CapillaryStubs(wireMock);
        await stubs.StubAsync("POST", RevokeIssue, CapillaryStubs.Answer("revoke-enrolment-of-a-badge", "response-200-multiple-customer.json"), CapillaryStubs.Doc("revoke-enrolment-of-a-badge", "request-multiple-customers.json"));
        using var client = stubs.Client(Now);

        var result = await client.RevokeEnrolmentAsync(new RevokeEnrolmentRequest("654bb48766a87827bb61e631") { CustomerIds = { 123, 62090013 } });

        Assert.Equal("654bb48766a87827bb61e631", result.BadgeId);
        Assert.Equal([new RevokedEnrolment(123, "654cc02b6bccde1274b6d3a7", null), new RevokedEnrolment(62090013, "654cc03e6bccde1274b6d3a9", null)], result.Customers);
        Assert.Empty(result.Failed);
        Assert.False(result.EarlierAttemptMayHaveBeenProcessed);
    }

    [Fact]
    public async Task Revoke_enrolment_by_issual_sends_the_example_with_string_ids()
    {
        var stubs = new CapillaryStubs(wireMock);
        await stubs.StubAsync("POST", RevokeIssue, CapillaryStubs.Answer("revoke-enrolment-of-a-badge", "response-200-with-revoke-issual.json"), CapillaryStubs.Doc("revoke-enrolment-of-a-badge", "request-with-revoke-issuals.json"));
        using var client = stubs.Client(Now);

        var result = await client.RevokeEnrolmentAsync(new RevokeEnrolmentRequest("670371e39235f02fd5d71cbd") { Issuals = { new(387403362, "236"), new(387403360, "234") } });

        Assert.Equal("66e3ef1b5abea9582ae4f301", result.BadgeId);
        var only = Assert.Single(result.Customers);
        Assert.Equal((12323L, "66e3ef1e5abea9582ae4f302", true), (only.CustomerId, only.IssuedId, only.Revoked));
    }

    [Theory]
    [InlineData("response-200-single-customer.json")]
    [InlineData("response-200-failure-customer-is-not-issued.json")]
    public async Task Revoke_enrolment_single_customer_examples_report_success_or_the_customers_own_error(string example)
    {
        var stubs = new CapillaryStubs(wireMock);
        await stubs.StubAsync("POST", RevokeIssue, CapillaryStubs.Answer("revoke-enrolment-of-a-badge", example), """{"badgeMetaId":"653de84db3cda7078c7c68ed","customers":[62090013]}""");
        using var client = stubs.Client(Now);

        var result = await client.RevokeEnrolmentAsync(new RevokeEnrolmentRequest("653de84db3cda7078c7c68ed") { CustomerIds = { 62090013 } });

        Assert.Equal("653de84db3cda7078c7c68ed", result.BadgeId);
        var customer = Assert.Single(result.Customers);
        if (example.Contains("failure", StringComparison.Ordinal))
        {
            Assert.Equal(new RevokedEnrolment(123, null, new BadgeError(404, "Customer doesn't have issue instance")), customer);
            Assert.Same(customer, Assert.Single(result.Failed));
        }
        else
        {
            Assert.Equal(new RevokedEnrolment(62090013, "653e024bb3cda7078c7c6903", null), customer);
        }
    }

    [Fact]
    public async Task Revoke_enrolment_1051_example_in_a_200_is_a_validation_error_and_404_is_not_found()
    {
        var stubs = new CapillaryStubs(wireMock);
        await stubs.StubAsync("POST", RevokeIssue, CapillaryStubs.Answer("revoke-enrolment-of-a-badge", "response-200-failure-revokeissuals-or-customerid-is-not-passed.json"), """{"badgeMetaId":"b-1051","customers":[1]}""");
        await stubs.StubAsync("POST", RevokeIssue, CapillaryStubs.Answer("revoke-enrolment-of-a-badge", "response-404-result.json", 404), """{"badgeMetaId":"b-404","customers":[1]}""");
        using var client = stubs.Client(Now);

        var invalid = await Assert.ThrowsAsync<BadgeValidationException>(() => client.RevokeEnrolmentAsync(new RevokeEnrolmentRequest("b-1051") { CustomerIds = { 1 } }));
        var missing = await Assert.ThrowsAsync<BadgeNotFoundException>(() => client.RevokeEnrolmentAsync(new RevokeEnrolmentRequest("b-404") { CustomerIds = { 1 } }));

        Assert.Equal((1051, "RevokeIssuals or CustomerId is mandatory"), (invalid.ErrorCode, invalid.ServerMessage));
        Assert.Equal((404, "Passed badge is not found"), (missing.ErrorCode, missing.ServerMessage));
    }

    [Fact]
    public async Task Earn_sends_the_example_with_the_request_id_as_text_and_reads_the_answer()
    {
        var stubs = new CapillaryStubs(wireMock);

        // The example writes requestId as the number 23432; the page types it String, so the SDK always sends text.
        const string Body = """{"badgeMetaId":"692e7e739b3ca00e4bbf7c06","earnEventDate":"2025-12-02T11:30:00.192Z","customerId":"23423","requestId":"23432","triggeredBy":{"ownerType":"Loyalty","referenceId":"123"}}""";
        await stubs.StubAsync("POST", Earn, CapillaryStubs.Answer("issue-badge-to-the-customer", "response-200-sample-response.json"), Body);
        using var client = stubs.Client(Now);

        var result = await client.EarnBadgeAsync(ExampleEarn());

        Assert.Equal("692e7e739b3ca00e4bbf7c06", result.BadgeId);
        Assert.Equal(23423, result.CustomerId);
        Assert.Equal("696e2234eba5957293853195", result.EarnedBadgeId);
        Assert.Equal(DateTimeOffset.Parse("2026-02-02T12:23:16Z", System.Globalization.CultureInfo.InvariantCulture), result.ExpiresOn);
        Assert.Equal("23432", result.RequestId);
        Assert.Null(result.IssuedId);
        Assert.False(result.AlreadyProcessed);
        Assert.Null(result.Held);
    }

    [Fact]
    public async Task Earn_error_examples_are_typed_809_a_conflict_and_811_a_validation_error()
    {
        var stubs = new CapillaryStubs(wireMock);
        await stubs.StubAsync("POST", Earn, CapillaryStubs.Answer("issue-badge-to-the-customer", "response-400-result.json", 400), EarnBody("r-809"));
        await stubs.StubAsync("POST", Earn, CapillaryStubs.Answer("issue-badge-to-the-customer", "response-409-result.json", 409), EarnBody("r-811"));
        using var client = stubs.Client(Now);

        var repeat = await Assert.ThrowsAsync<BadgeConflictException>(() => client.EarnBadgeAsync(ExampleEarn("r-809")));
        var notIssued = await Assert.ThrowsAsync<BadgeValidationException>(() => client.EarnBadgeAsync(ExampleEarn("r-811")));

        Assert.Equal((809, false), (repeat.ErrorCode, repeat.MayHaveBeenProcessed));
        Assert.Equal("r-809", repeat.RequestId);
        Assert.Equal((811, "Badge issue is mandatory before earn"), (notIssued.ErrorCode, notIssued.ServerMessage));
    }

    [Fact]
    public async Task Earn_reconciled_a_lost_first_attempt_then_809_on_the_retry_is_already_processed_with_what_the_server_holds()
    {
        var stubs = new CapillaryStubs(wireMock);
        await stubs.StubAsync("POST", Earn, """{"fault":"CONNECTION_RESET_BY_PEER"}""", EarnBody("r-lost"), from: "Started", to: "earned");
        await stubs.StubAsync("POST", Earn, CapillaryStubs.Answer("issue-badge-to-the-customer", "response-400-result.json", 400), EarnBody("r-lost"), from: "earned");
        await stubs.StubAsync("GET", "api_gateway/v1/badges/management/23423/badge/692e7e739b3ca00e4bbf7c06?includeStatistics=true", CapillaryStubs.Answer("get-individual-badge-details-of-a-customer", "response-200-with-issueid-and-includestatistics-true.json"));
        using var client = stubs.Client(Now);

        var result = await client.EarnBadgeAsync(ExampleEarn("r-lost"));

        Assert.True(result.AlreadyProcessed);
        Assert.True(result.EarlierAttemptMayHaveBeenProcessed);
        Assert.Equal("r-lost", result.RequestId);
        Assert.Null(result.EarnedBadgeId);
        Assert.Equal("67037d51d33ceb2ad0a69b1b", result.Held!.BadgeId);
        var requests = await stubs.RequestsAsync();
        Assert.Equal(["POST", "POST", "GET"], requests.Select(r => r.Method));

        // The same request id on both attempts: that is what made Capillary answer 809 rather than earn twice.
        Assert.Equal(requests[0].Body, requests[1].Body);
        Assert.Equal("r-lost", requests[1].Json.GetProperty("requestId").GetString());
    }

    [Fact]
    public async Task Earn_reconciled_whose_read_back_fails_throws_already_processed_with_the_lookup_error()
    {
        var stubs = new CapillaryStubs(wireMock);
        await stubs.StubAsync("POST", Earn, """{"status":502}""", EarnBody("r-502"), from: "Started", to: "earned");
        await stubs.StubAsync("POST", Earn, CapillaryStubs.Answer("issue-badge-to-the-customer", "response-400-result.json", 400), EarnBody("r-502"), from: "earned");
        using var client = stubs.Client(Now);

        var error = await Assert.ThrowsAsync<BadgeAlreadyProcessedException>(() => client.EarnBadgeAsync(ExampleEarn("r-502")));

        Assert.True(error.MayHaveBeenProcessed);
        Assert.NotNull(error.Data["LookupError"]);
        Assert.Equal(["POST", "POST", "GET"], (await stubs.RequestsAsync()).Select(r => r.Method));
    }

    [Fact]
    public async Task Earn_bulk_sends_the_example_and_reads_every_customer()
    {
        var stubs = new CapillaryStubs(wireMock);
        await stubs.StubAsync("POST", EarnBulk, CapillaryStubs.Answer("issue-badge-to-multiple-customers", "response-200-sample-response.json"), CapillaryStubs.Doc("issue-badge-to-multiple-customers", "request-request-example.json"));
        using var client = stubs.Client(new DateTimeOffset(2025, 10, 29, 0, 0, 0, TimeSpan.Zero));

        var result = await client.EarnBulkAsync(new EarnBulkRequest("68d66ab3480b423e5c6857f4", [87654, 74672, 27864], new BadgeTrigger(OwnerType.Loyalty, "823626"))
        {
            RequestId = "3785468349",
            EventDate = new DateTimeOffset(2025, 10, 29, 21, 51, 0, 192, TimeSpan.Zero),
        });

        Assert.True(result.AllEarned);
        Assert.Equal("3785468349", result.RequestId);
        Assert.Equal(DateTimeOffset.Parse("2026-12-03T15:19:37Z", System.Globalization.CultureInfo.InvariantCulture), result.ExpiresOn);
        Assert.Equal(
            [(87654L, "697b54340772ad476ecff1af"), (74672L, "697b54340772ad476ecff1ae"), (27864L, "697b54340772ad476ecff1b0")],
            result.Customers.Select(c => (c.CustomerId, c.EarnedBadgeId!)));
        Assert.All(result.Customers, c => Assert.Equal(EarnOutcome.Earned, c.Outcome));
    }

    [Fact]
    public async Task Earn_bulk_reads_a_customers_own_1040_error_and_the_single_customer_shape()
    {
        var stubs = new CapillaryStubs(wireMock);
        await stubs.StubAsync("POST", EarnBulk, CapillaryStubs.Answer("issue-badge-to-multiple-customers", "response-200-failure-badge-overlapping.json"), EarnBulkBody("66f3be92a8647e03dc526a5f", 11115, "VGagtK2zN16jkRU56zs1"));
        await stubs.StubAsync("POST", EarnBulk, CapillaryStubs.Answer("issue-badge-to-multiple-customers", "response-200-ok.json"), EarnBulkBody("66da90348bdb494a4f06576f", 11231, "NaYAzxXfJhHvRm4l7KiD"));
        using var client = stubs.Client(Now);

        var overlapping = await client.EarnBulkAsync(new EarnBulkRequest("66f3be92a8647e03dc526a5f", [11115], new BadgeTrigger(OwnerType.Loyalty, "xyz")) { RequestId = "VGagtK2zN16jkRU56zs1" });
        var ok = await client.EarnBulkAsync(new EarnBulkRequest("66da90348bdb494a4f06576f", [11231], new BadgeTrigger(OwnerType.Loyalty, "xyz")) { RequestId = "NaYAzxXfJhHvRm4l7KiD" });

        var refused = Assert.Single(overlapping.Failed);
        Assert.Equal((11115L, EarnOutcome.Failed, "66f3bf91c7bf1e4d65e126b1", BadgeStatus.Expired), (refused.CustomerId, refused.Outcome, refused.IssuedId, refused.Status));
        Assert.Equal(new BadgeError(1040, "An active issue for the badge already exists."), refused.Error);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1722155344), overlapping.ExpiresOn);
        var earned = Assert.Single(ok.Earned);
        Assert.Equal(("66da90618bdb494a4f065774", "66da903a8bdb494a4f065770"), (earned.EarnedBadgeId, earned.IssuedId));
        Assert.Equal(DateTimeOffset.Parse("2024-09-20T10:47:19+05:30", System.Globalization.CultureInfo.InvariantCulture), ok.ExpiresOn);
    }

    [Fact]
    public async Task Earn_bulk_810_example_for_a_single_chunk_is_thrown_as_a_validation_error()
    {
        var stubs = new CapillaryStubs(wireMock);
        await stubs.StubAsync("POST", EarnBulk, CapillaryStubs.Answer("issue-badge-to-multiple-customers", "response-409-result.json", 409), EarnBulkBody("b-810", 5, "r-810"));
        using var client = stubs.Client(Now);

        var error = await Assert.ThrowsAsync<BadgeValidationException>(() => client.EarnBulkAsync(new EarnBulkRequest("b-810", [5], new BadgeTrigger(OwnerType.Loyalty, "xyz")) { RequestId = "r-810" }));

        Assert.Equal((810, "BadgeMeta needs to be claimed first"), (error.ErrorCode, error.ServerMessage));
    }

    [Fact]
    public async Task Earn_bulk_chunks_keep_their_request_id_on_a_retry_and_report_per_customer_errors_and_lost_chunks()
    {
        var stubs = new CapillaryStubs(wireMock);
        using var client = stubs.Client(Now, o => { o.IssueBulkChunkSize = 2; o.IssueBulkMaxConcurrency = 1; });
        var request = new EarnBulkRequest("b-chunks", [1, 2, 3, 4, 5], new BadgeTrigger(OwnerType.Loyalty, "ref")) { RequestId = "bulk" };
        string Id(params long[] customers) => "bulk-" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join(',', customers))).AsSpan(0, 8)).ToLowerInvariant();

        // Chunk 1: reset, then earned on the retry; chunk 2: customer 4 refused; chunk 3: 502 every time.
        await stubs.StubAsync("POST", EarnBulk, """{"fault":"CONNECTION_RESET_BY_PEER"}""", EarnBulkBody("b-chunks", Id(1, 2), 1, 2), from: "Started", to: "retry");
        await stubs.StubAsync("POST", EarnBulk, Ok("""{"badgeMetaId":"b-chunks","earnedBadgesList":[{"customerId":1,"earnedBadgeId":"e1"},{"customerId":2,"earnedBadgeId":"e2"}],"failedEarnBadgeErrorList":[]}"""), EarnBulkBody("b-chunks", Id(1, 2), 1, 2), from: "retry");
        await stubs.StubAsync("POST", EarnBulk, Ok("""{"badgeMetaId":"b-chunks","issuedBadges":[{"customerId":3,"issuedId":"i3"},{"customerId":4,"error":{"code":1040,"message":"An active issue for the badge already exists."}}]}"""), EarnBulkBody("b-chunks", Id(3, 4), 3, 4));
        await stubs.StubAsync("POST", EarnBulk, """{"status":502}""", EarnBulkBody("b-chunks", Id(5), 5));

        var result = await client.EarnBulkAsync(request);

        Assert.Equal(
            [(1L, EarnOutcome.Earned), (2L, EarnOutcome.Earned), (3L, EarnOutcome.Earned), (4L, EarnOutcome.Failed), (5L, EarnOutcome.Unknown)],
            result.Customers.Select(c => (c.CustomerId, c.Outcome)));
        Assert.Equal(1040, result.Customers[3].Error!.Code);
        Assert.True(((BadgeApiException)result.Customers[4].ChunkError!).MayHaveBeenProcessed);
        var first = (await stubs.RequestsAsync()).Where(r => r.Body.Contains("\"customerIds\":[1,2]", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, first.Count);
        Assert.Equal(first[0].Body, first[1].Body);
    }

    [Fact]
    public async Task Revoke_earn_sends_the_example_with_a_numeric_customer_and_reads_the_answer()
    {
        var stubs = new CapillaryStubs(wireMock);
        await stubs.StubAsync("POST", RevokeEarn, CapillaryStubs.Answer("revoke-issual-of-a-badge", "response-200-sample-response.json"), CapillaryStubs.Doc("revoke-issual-of-a-badge", "request-request-example.json"));
        using var client = stubs.Client(Now);

        var result = await client.RevokeEarnAsync(new RevokeEarnRequest("698dae82d30c4f6b3da9dc06", CustomerKey.FromId(566135941), "698daf848644c157e72d83f3"));

        Assert.Equal(("698dae82d30c4f6b3da9dc06", "566135941", "698daf848644c157e72d83f3", false, false), (result.BadgeId, result.CustomerId, result.EarnedBadgeId, result.IsActive, result.AlreadyProcessed));
    }

    [Fact]
    public async Task Revoke_earn_by_email_sends_the_identifier_header_and_the_text_value_on_the_overridden_path()
    {
        var stubs = new CapillaryStubs(wireMock);
        await stubs.StubAsync(
            "POST",
            "api_gateway/v1/badges/badgeMeta/customer/revokeEarn",
            CapillaryStubs.Answer("revoke-issual-of-a-badge", "response-200-sample-response.json"),
            """{"badgeMetaId":"698dae82d30c4f6b3da9dc06","customerId":"a+b@example.com","earnedBadgeId":"698daf848644c157e72d83f3"}""",
            ("X-CAP-CUSTOMER-IDENTIFIER", "email"));
        using var client = stubs.Client(Now, o => o.RevokeEarnPath = "api_gateway/v1/badges/badgeMeta/customer/revokeEarn");

        var result = await client.RevokeEarnAsync(new RevokeEarnRequest("698dae82d30c4f6b3da9dc06", new CustomerKey("a+b@example.com", CustomerIdentifier.Email), "698daf848644c157e72d83f3"));

        Assert.False(result.IsActive);
    }

    [Fact]
    public async Task Revoke_earn_814_is_not_found_on_a_first_attempt_and_already_processed_after_a_lost_one()
    {
        var stubs = new CapillaryStubs(wireMock);
        const string First = """{"badgeMetaId":"b","customerId":1,"earnedBadgeId":"e-first"}""";
        const string Lost = """{"badgeMetaId":"b","customerId":1,"earnedBadgeId":"e-lost"}""";
        await stubs.StubAsync("POST", RevokeEarn, CapillaryStubs.Answer("revoke-issual-of-a-badge", "response-409-result.json", 409), First);
        await stubs.StubAsync("POST", RevokeEarn, """{"fault":"CONNECTION_RESET_BY_PEER"}""", Lost, from: "Started", to: "revoked");
        await stubs.StubAsync("POST", RevokeEarn, CapillaryStubs.Answer("revoke-issual-of-a-badge", "response-409-result.json", 409), Lost, from: "revoked");
        using var client = stubs.Client(Now);

        var missing = await Assert.ThrowsAsync<BadgeNotFoundException>(() => client.RevokeEarnAsync(new RevokeEarnRequest("b", CustomerKey.FromId(1), "e-first")));
        var result = await client.RevokeEarnAsync(new RevokeEarnRequest("b", CustomerKey.FromId(1), "e-lost"));

        Assert.Equal((814, "Active earn instance is not present."), (missing.ErrorCode, missing.ServerMessage));
        Assert.True(result.AlreadyProcessed);
        Assert.False(result.IsActive);
    }

    [Fact]
    public async Task Import_sends_an_array_with_the_migration_header_and_reads_every_element()
    {
        var stubs = new CapillaryStubs(wireMock);
        const string Body = """
            [{"badgeMetaId":"696f0fd40772ad476ecf74ac","customerId":555567088,"earnEventDate":1704067200,"earnEventDateISO":"2024-01-01T00:00:00.000Z","earnExpiresOn":1705828011,"earnExpiresOnISO":"2024-01-21T09:06:51.000Z"},
             {"badgeMetaId":"697a16140772ad476ecfe51c","customerId":12098734,"earnEventDate":1635724800,"earnEventDateISO":"2021-11-01T00:00:00.000Z","earnExpiresOn":1667328000,"earnExpiresOnISO":"2022-11-01T18:40:00.000Z"}]
            """;
        await stubs.StubAsync("POST", Import, CapillaryStubs.Answer("import-earned-badges-of-customer", "response-200-sample-response.json"), Body, ("X-CAP-BADGES-MIGRATION", "migration"));
        using var client = stubs.Client(Now);

        var result = await client.ImportEarnedBadgesAsync(new ImportEarnedBadgesRequest(
        [
            new("696f0fd40772ad476ecf74ac", 555567088, DateTimeOffset.FromUnixTimeSeconds(1704067200), DateTimeOffset.FromUnixTimeSeconds(1705828011)),
            new("697a16140772ad476ecfe51c", 12098734, DateTimeOffset.FromUnixTimeSeconds(1635724800), DateTimeOffset.FromUnixTimeSeconds(1667328000)),
        ])
        { HistoricalImport = true });

        Assert.Empty(result.Failed);
        Assert.Equal(
            [
                (0, "696f0fd40772ad476ecf74ac", 555567088L, "697b5f6f0772ad476ecff272", "d9e144be-2450-4300-892f-798f9bb68ce2_1", DateTimeOffset.FromUnixTimeSeconds(1705828011)),
                (1, "697a16140772ad476ecfe51c", 12098734L, "697b5f6f0772ad476ecff275", "d9e144be-2450-4300-892f-798f9bb68ce2_2", DateTimeOffset.FromUnixTimeSeconds(1667328000)),
            ],
            result.Badges.Select(b => (b.Index, b.BadgeId!, b.CustomerId!.Value, b.EarnedBadgeId!, b.RequestId!, b.ExpiresOn!.Value)));
        Assert.All(result.Badges, b => Assert.Null(b.IssuedId));
    }

    [Fact]
    public async Task Import_400_example_is_a_validation_error_and_put_is_used_when_configured()
    {
        var stubs = new CapillaryStubs(wireMock);
        const string Body = """[{"badgeMetaId":"b","customerId":7,"earnEventDate":1704067200,"earnEventDateISO":"2024-01-01T00:00:00.000Z","earnExpiresOn":1705828011,"earnExpiresOnISO":"2024-01-21T09:06:51.000Z"}]""";
        await stubs.StubAsync("PUT", Import, CapillaryStubs.Answer("import-earned-badges-of-customer", "response-400-result.json", 400), Body);
        using var client = stubs.Client(Now, o => o.ImportEarnedBadgesMethod = "PUT");

        var error = await Assert.ThrowsAsync<BadgeValidationException>(() => client.ImportEarnedBadgesAsync(new ImportEarnedBadgesRequest([new("b", 7, DateTimeOffset.FromUnixTimeSeconds(1704067200), DateTimeOffset.FromUnixTimeSeconds(1705828011))])));

        Assert.Equal(400, error.StatusCode);
        Assert.False(error.MayHaveBeenProcessed);
    }

    private static EarnBadgeRequest ExampleEarn(string requestId = "23432") => new("692e7e739b3ca00e4bbf7c06", 23423, new BadgeTrigger(OwnerType.Loyalty, "123"))
    {
        RequestId = requestId,
        EventDate = new DateTimeOffset(2025, 12, 2, 11, 30, 0, 192, TimeSpan.Zero),
    };

    private static string EarnBody(string requestId)
        => $$$"""{"badgeMetaId":"692e7e739b3ca00e4bbf7c06","earnEventDate":"2025-12-02T11:30:00.192Z","customerId":"23423","requestId":"{{{requestId}}}","triggeredBy":{"ownerType":"Loyalty","referenceId":"123"}}""";

    private static string EarnBulkBody(string badgeId, long customer, string requestId)
        => $$$"""{"badgeMetaId":"{{{badgeId}}}","customerIds":[{{{customer}}}],"requestId":"{{{requestId}}}","triggeredBy":{"ownerType":"Loyalty","referenceId":"xyz"}}""";

    private static string EarnBulkBody(string badgeId, string requestId, params long[] customers)
        => $$$"""{"badgeMetaId":"{{{badgeId}}}","customerIds":[{{{string.Join(',', customers)}}}],"requestId":"{{{requestId}}}","triggeredBy":{"ownerType":"Loyalty","referenceId":"ref"}}""";

    private static string Ok(string data) => CapillaryMapping.Ok($$"""{"data":{{data}},"errors":[],"warnings":[]}""");
}
