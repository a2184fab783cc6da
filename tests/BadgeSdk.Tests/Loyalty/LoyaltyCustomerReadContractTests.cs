using System.Globalization;
using BadgeSdk.Loyalty;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Loyalty;

/// <summary>
/// The customer reads (badges of a customer, the management listing and one badge's details) over
/// real HTTP: exact URLs with every query parameter, the identifier header with an escaped value,
/// every response example read through the SDK, and paging across three pages.
/// </summary>
[Collection(WireMockGroup.Name)]
[Trait("Category", "Contract")]
public sealed class LoyaltyCustomerReadContractTests(WireMockServer wireMock)
{
    private const string Management = "api_gateway/v1/badges/management/";
    private static readonly DateTimeOffset Now = new(2025, 12, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Badges_for_customer_available_example_sends_every_filter_and_reads_each_badge()
    {
        var stubs = new CapillaryStubs(wireMock);
        await stubs.StubAsync(
            "GET",
            "api_gateway/v1/badges/customer/62090013?badgeType=AVAILABLE&includeExpired=false&sortOn=rank&groupId=g1&lastEarnedOnDate=1743494923451&lastEarnEventDate=1743494913679",
            CapillaryStubs.Answer("get-badges-for-customer", "response-200-available-badges.json"));
        using var client = stubs.Client(Now);

        var result = await client.GetCustomerBadgesAsync(new GetCustomerBadgesRequest(CustomerKey.FromId(62090013))
        {
            BadgeType = CustomerBadgeType.Available,
            IncludeExpired = false,
            SortOn = "rank",
            GroupId = "g1",
            LastEarnedOn = DateTimeOffset.FromUnixTimeMilliseconds(1743494923451),
            LastEarnEventDate = DateTimeOffset.FromUnixTimeMilliseconds(1743494913679),
        });

        Assert.Equal((0, 5, 5L, 1), (result.Page, result.PageSize, result.Total, result.TotalPages));
        Assert.Equal(["67eb99516666db076c3c7519", "67eb95754c0c691f66b39b50", "67eb912a4c0c691f66b39b37", "67eb889a6666db076c3c74ac", "6790be86dfc7ed27674ac0d8"], result.Badges.Select(b => b.Badge.Id));
        var first = result.Badges[0];
        Assert.Equal(("Badge Issue georgetest", "Make 5 transactions", 100737L, 3), (first.Badge.Name, first.Badge.Description, first.Badge.OrgId!.Value, first.Badge.BadgeRank!.Value));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1735715131), first.Badge.StartOn);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1926235957), first.Badge.ExpiresOn);
        Assert.Equal(ImageTag.Earned, Assert.Single(first.Badge.Images).Tag);
        Assert.Equal(9, first.Badge.RestrictedToOwners.Count);
        Assert.Equal(new BadgeClaim(OwnerType.Loyalty, "1234") { IsActive = true }, Assert.Single(first.Badge.Claims));
        Assert.Equal(EarnType.IssueEarn, first.Badge.EarnType);
        Assert.Equal(BenefitType.Coupon, Assert.Single(first.Badge.Benefits).BenefitType);
        Assert.Equal(2, Assert.Single(first.Badge.CustomerConstraints).MaxEarnLimit);
        Assert.Equal([10000, 3000, 300], first.Badge.BadgeConstraints.Select(c => c.MaxEarnLimit!.Value));
        Assert.Null(first.EarnedCount);
        Assert.Null(first.LastEarnedOn);
        Assert.True(first.Badge.Active);
        Assert.Equal((EarnType.Earn, (int?)null, (string?)null), (result.Badges[4].Badge.EarnType, result.Badges[4].Badge.BadgeRank, result.Badges[4].Badge.Description));
    }

    [Fact]
    public async Task Badges_for_customer_earned_and_group_examples_read_the_customers_earn_fields()
    {
        var stubs = new CapillaryStubs(wireMock);
        await stubs.StubAsync("GET", "api_gateway/v1/badges/customer/62090013?badgeType=EARNED", CapillaryStubs.Answer("get-badges-for-customer", "response-200-earned-badges.json"));
        await stubs.StubAsync("GET", "api_gateway/v1/badges/customer/62090013?groupId=690874cd2814b4096eba3662", CapillaryStubs.Answer("get-badges-for-customer", "response-200-sample-response-with-filter-by-group-id.json"));
        using var client = stubs.Client(Now);

        var earned = Assert.Single((await client.GetCustomerBadgesAsync(new GetCustomerBadgesRequest(CustomerKey.FromId(62090013)) { BadgeType = CustomerBadgeType.Earned })).Badges);
        var grouped = Assert.Single((await client.GetCustomerBadgesAsync(new GetCustomerBadgesRequest(CustomerKey.FromId(62090013)) { GroupId = "690874cd2814b4096eba3662" })).Badges);

        Assert.Equal(("67eb9e2d6666db076c3c7556", 1L), (earned.Badge.Id, earned.EarnedCount!.Value));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1743494923451), earned.LastEarnedOn);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1743494913679), earned.LastEarnEventDate);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1764572731), earned.Badge.ExpiresOn);
        Assert.Equal(("6982d524d93043084c6c3472", "690874cd2814b4096eba3662", "45345545445435", 2), (grouped.Badge.Id, grouped.Badge.BadgeGroupId!, grouped.Badge.BadgeGroupName!, grouped.Badge.BadgeRank!.Value));
        Assert.Equal(DateTimeOffset.Parse("2026-02-03T18:30:00Z", CultureInfo.InvariantCulture), grouped.Badge.StartOn);
        Assert.Equal(9, grouped.Badge.CustomFields.Count);
        Assert.Equal("true", grouped.Badge.CustomFields["CF07"]);
    }

    [Theory]
    [InlineData("a+b@example.com", "a%2Bb%40example.com", "email")]
    [InlineData("+91 98765/43210", "%2B91%2098765%2F43210", "mobile")]
    [InlineData("ext/42 x", "ext%2F42%20x", "externalId")]
    [InlineData("CARD+1", "CARD%2B1", "cardNumber")]
    public async Task Another_identifier_goes_in_the_path_escaped_with_its_header(string value, string escaped, string identifier)
    {
        var stubs = new CapillaryStubs(wireMock);
        await stubs.StubAsync("GET", $"api_gateway/v1/badges/customer/{escaped}", CapillaryStubs.Answer("get-badges-for-customer", "response-200-earned-badges.json"), header: ("X-CAP-CUSTOMER-IDENTIFIER", identifier));
        await stubs.StubAsync("GET", $"{Management}{escaped}?page=0&size=10", CapillaryStubs.Answer("get-all-customer-badges", "response-200-when-owner-loyalty-and-badgetype-earned.json"), header: ("X-CAP-CUSTOMER-IDENTIFIER", identifier));
        await stubs.StubAsync("GET", $"{Management}{escaped}/badge/662724bb8fe258516a88fde2", CapillaryStubs.Answer("get-individual-badge-details-of-a-customer", "response-200-rolling-window-with-includestatistics-false.json"), header: ("X-CAP-CUSTOMER-IDENTIFIER", identifier));
        using var client = stubs.Client(Now);
        var customer = new CustomerKey(value, new CustomerIdentifier(identifier));

        var badges = await client.GetCustomerBadgesAsync(new GetCustomerBadgesRequest(customer));
        var listed = await client.ListCustomerBadgesPageAsync(new ListCustomerBadgesRequest(customer));
        var details = await client.GetCustomerBadgeAsync(customer, "662724bb8fe258516a88fde2");

        Assert.Single(badges.Badges);
        Assert.Equal("664442c560646c1208ede8f4", Assert.Single(listed.Badges).BadgeId);
        Assert.Equal("OGBadge2", details.Name);
        Assert.All(await stubs.RequestsAsync(), r => Assert.Contains(escaped, r.Url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Management_sample_example_sends_every_filter_and_reads_the_page()
    {
        var stubs = new CapillaryStubs(wireMock);
        await stubs.StubAsync(
            "GET",
            Management + "62090013?page=0&size=10&sortOn=LAST_MODIFIED_DATE&order=DESC&name=Badge&badgeType=AVAILABLE_TO_ISSUE&action=ACTIVATED&badgeStatus=LIVE&owner=Loyalty&claimedBy=Loyalty&startOn=2025-01-01T00%3A00%3A00Z&expiresOn=2027-01-01T00%3A00%3A00Z&startOnOperator=GTE&endOnOperator=LTE&groupId=g1&lastEarnEventDate=1700000000000&lastEarnedOnDate=1700000001000",
            CapillaryStubs.Answer("get-all-customer-badges", "response-200-sample-response.json"));
        using var client = stubs.Client(Now);

        var page = await client.ListCustomerBadgesPageAsync(new ListCustomerBadgesRequest(CustomerKey.FromId(62090013))
        {
            SortOn = "LAST_MODIFIED_DATE",
            Order = "DESC",
            Name = "Badge",
            BadgeType = "AVAILABLE_TO_ISSUE",
            Action = BadgeAction.Activated,
            BadgeStatus = BadgeStatus.Live,
            Owner = OwnerType.Loyalty,
            ClaimedBy = OwnerType.Loyalty,
            StartOn = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
            ExpiresOn = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero),
            StartOnOperator = "GTE",
            EndOnOperator = "LTE",
            GroupId = "g1",
            LastEarnEventDate = DateTimeOffset.FromUnixTimeMilliseconds(1700000000000),
            LastEarnedOn = DateTimeOffset.FromUnixTimeMilliseconds(1700000001000),
        });

        Assert.Equal((0, 10, 68L, 7, true), (page.Page, page.PageSize, page.Total, page.TotalPages, page.HasMore));
        Assert.Equal(10, page.Badges.Count);
        var first = page.Badges[0];
        Assert.Equal(("693696bdcebb9648d89735b3", "Badge Issueds_Test6 ", "Make 5 transactions", EarnType.IssueEarn, BadgeStatus.Upcoming), (first.BadgeId, first.Name!, first.Description!, first.BadgeType!.Value, first.BadgeStatus!.Value));
        Assert.Equal(DateTimeOffset.Parse("2025-12-08T09:13:33Z", CultureInfo.InvariantCulture), first.CreatedOn);

        // The ISO twins say year +57906 (milliseconds read as seconds): the numbers are read instead.
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1765178896000), first.StartsOn);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1796275142001), first.ExpiresOn);
        Assert.Equal(9, first.RestrictedToOwners.Count);
        Assert.Empty(first.Claims);
        Assert.Equal(ImageTag.Earned, Assert.Single(first.Images).Tag);
        Assert.Equal((3, (long?)null, (string?)null, true), (first.BadgeRank!.Value, first.EarnCount, first.IssueStatus, first.Active!.Value));
        Assert.Equal(4, page.Badges[2].Claims.Count);
        Assert.Equal(new BadgeClaim(OwnerType.Loyalty, "123") { IsActive = false }, Assert.Single(page.Badges[6].Claims));
        Assert.Equal(DateTimeOffset.Parse("2023-11-14T21:51:00Z", CultureInfo.InvariantCulture), page.Badges[7].StartsOn);
    }

    [Theory]
    [InlineData("response-200-when-badgetype-earned.json", "badgeType=EARNED", 4, 4L, "666638f0ae20cb256ec13e23", "EARN", "LIVE", 2L, 1718083872.611)]
    [InlineData("response-200-when-badgetype-earned-and-badgestatus-live.json", "badgeType=EARNED&badgeStatus=LIVE", 4, 4L, "666638f0ae20cb256ec13e23", "EARN", "LIVE", 2L, 1718083872.611)]
    [InlineData("response-200-when-owner-loyalty-and-badgetype-earned.json", "badgeType=EARNED&owner=Loyalty", 1, 1L, "664442c560646c1208ede8f4", "EARN", "LIVE", 1L, 1715749689.729)]
    [InlineData("response-200-when-badgestatus-upcoming-and-badgetype-available.json", "badgeType=AVAILABLE&badgeStatus=UPCOMING", 1, 1L, "6673b08c39c6a546eb054726", "EARN", "UPCOMING", 0L, null)]
    [InlineData("response-200-when-badgetype-available-to-issue.json", "badgeType=AVAILABLE_TO_ISSUE", 10, 11L, "6576bf1191e0b01c659ad5d6", "ISSUE_EARN", "EXPIRED", 0L, null)]
    [InlineData("response-200-when-badgetype-expired.json", "badgeType=EXPIRED", 10, 17L, "6655729a8be1b54e57d602f1", "EARN", "EXPIRED", 0L, null)]
    [InlineData("response-200-filter-by-group-id.json", "groupId=65c3600c60d9261bdd8a6410", 2, 2L, "653dea07b3cda7078c7c68ee", "ISSUE_EARN", "LIVE", null, null)]
    public async Task Management_filter_examples_are_read(string example, string filter, int count, long total, string firstId, string type, string status, long? earnCount, double? lastEarned)
    {
        var stubs = new CapillaryStubs(wireMock);
        var query = filter.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        var order = new[] { "badgeType", "badgeStatus", "owner", "groupId" };
        await stubs.StubAsync("GET", Management + "62090013?page=0&size=10&" + string.Join('&', order.Where(query.ContainsKey).Select(k => $"{k}={query[k]}")), CapillaryStubs.Answer("get-all-customer-badges", example));
        using var client = stubs.Client(Now);

        var page = await client.ListCustomerBadgesPageAsync(new ListCustomerBadgesRequest(CustomerKey.FromId(62090013))
        {
            BadgeType = query.GetValueOrDefault("badgeType"),
            BadgeStatus = query.TryGetValue("badgeStatus", out var s) ? new BadgeStatus(s) : default(BadgeStatus?),
            Owner = query.TryGetValue("owner", out var o) ? new OwnerType(o) : default(OwnerType?),
            GroupId = query.GetValueOrDefault("groupId"),
        });

        Assert.Equal((count, total), (page.Badges.Count, page.Total));
        var first = page.Badges[0];
        Assert.Equal((firstId, new EarnType(type), new BadgeStatus(status), earnCount), (first.BadgeId, first.BadgeType!.Value, first.BadgeStatus!.Value, first.EarnCount));
        Assert.Equal(lastEarned is { } seconds ? DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000)) : null, first.LastEarnedOn);
        Assert.All(page.Badges, b => Assert.NotNull(b.StartsOn));
    }

    [Fact]
    public async Task Management_lists_three_pages_through_the_enumerator_and_page_by_page()
    {
        var stubs = new CapillaryStubs(wireMock);
        for (var page = 0; page < 3; page++)
        {
            var badges = string.Join(',', Enumerable.Range(page * 2, page == 2 ? 1 : 2).Select(i => $$"""{"badgeMetaId":"b{{i}}","name":"Badge {{i}}"}"""));
            await stubs.StubAsync("GET", $"{Management}62090013?page={page}&size=2", CapillaryMapping.Ok($$"""{"data":{"customerBadges":[{{badges}}],"pagination":{"page":{{page}},"size":2,"total":5,"totalPages":3} },"errors":[],"warnings":[]}"""));
        }

        using var client = stubs.Client(Now);
        var request = new ListCustomerBadgesRequest(CustomerKey.FromId(62090013)) { PageSize = 2 };

        var all = new List<string>();
        await foreach (var badge in client.ListCustomerBadgesAsync(request))
        {
            all.Add(badge.BadgeId);
        }

        var pages = new List<ListCustomerBadgesResult>();
        for (var page = 0; pages.Count == 0 || pages[^1].HasMore; page++)
        {
            pages.Add(await client.ListCustomerBadgesPageAsync(request, page));
        }

        Assert.Equal(["b0", "b1", "b2", "b3", "b4"], all);
        Assert.Equal([2, 2, 1], pages.Select(p => p.Badges.Count));
        Assert.Equal(["b0", "b1", "b2", "b3", "b4"], pages.SelectMany(p => p.Badges).Select(b => b.BadgeId));
        Assert.Equal(6, (await stubs.RequestsAsync()).Count);
    }

    [Fact]
    public async Task Management_and_details_400_examples_are_validation_errors()
    {
        var stubs = new CapillaryStubs(wireMock);
        await stubs.StubAsync("GET", Management + "1?page=0&size=10", CapillaryStubs.Answer("get-all-customer-badges", "response-400-result.json", 400));
        await stubs.StubAsync("GET", Management + "1/badge/x", CapillaryStubs.Answer("get-individual-badge-details-of-a-customer", "response-400-result.json", 400));
        using var client = stubs.Client(Now);

        Assert.Equal(400, (await Assert.ThrowsAsync<BadgeValidationException>(() => client.ListCustomerBadgesPageAsync(new ListCustomerBadgesRequest(CustomerKey.FromId(1))))).StatusCode);
        Assert.Equal(400, (await Assert.ThrowsAsync<BadgeValidationException>(() => client.GetCustomerBadgeAsync(CustomerKey.FromId(1), "x"))).StatusCode);
    }

    [Theory]
    [InlineData("response-200-sample-response.json", "693696bdcebb9648d89735b3", "ISSUE_EARN", "UPCOMING", "ACTIVATED", 9, 9, 0L, 0L, 3)]
    [InlineData("response-200-with-issueid-and-includestatistics-true.json", "67037d51d33ceb2ad0a69b1b", "ISSUE_EARN", "LIVE", "ACTIVATED", 9, 1, 1L, 0L, 3)]
    [InlineData("response-200-fixed-window-with-includestatistics-true.json", "662749408fe258516a88fe89", "EARN", "LIVE", "DE_ACTIVATED", 2, 0, 0L, 0L, 1)]
    [InlineData("response-200-fixed-window-with-includestatistics-false.json", "662749408fe258516a88fe89", "EARN", "LIVE", "DE_ACTIVATED", 2, 0, null, null, 1)]
    [InlineData("response-200-rolling-window-with-includestatistics-true.json", "662724bb8fe258516a88fde2", "EARN", "EXPIRED", "ACTIVATED", 1, 0, 0L, 0L, null)]
    [InlineData("response-200-rolling-window-with-includestatistics-false.json", "662724bb8fe258516a88fde2", "EARN", "EXPIRED", "ACTIVATED", 1, 0, null, null, null)]
    [InlineData("response-200-filter-by-group-id.json", "66cfffb195551c6e7d962a8a", "ISSUE_EARN", "UPCOMING", "ACTIVATED", 8, 10, null, null, 2)]
    public async Task Details_examples_are_read(string example, string id, string type, string status, string action, int owners, int customFields, long? issued, long? earned, int? rank)
    {
        var stubs = new CapillaryStubs(wireMock);
        await stubs.StubAsync("GET", $"{Management}62090013/badge/{id}?includeStatistics=true", CapillaryStubs.Answer("get-individual-badge-details-of-a-customer", example));
        using var client = stubs.Client(Now);

        var badge = await client.GetCustomerBadgeAsync(CustomerKey.FromId(62090013), id, includeStatistics: true);

        Assert.Equal((id, new EarnType(type), new BadgeStatus(status), new BadgeAction(action)), (badge.BadgeId, badge.BadgeType!.Value, badge.BadgeStatus!.Value, badge.Action!.Value));
        Assert.Equal((owners, customFields, issued, earned, rank), (badge.Owners.Count, badge.CustomFields.Count, badge.IssuedCount, badge.EarnCount, badge.BadgeRank));
        Assert.Equal(0, badge.ActiveEarnedCount);
        Assert.Empty(badge.ClaimedBy);
        Assert.NotNull(badge.StartsOn);
        Assert.NotNull(badge.EarnExpiry);
        Assert.True(badge.StartsOn < badge.ExpiresOn);
    }

    [Fact]
    public async Task Details_read_issuals_expiries_and_the_millisecond_dates_of_the_sample()
    {
        var stubs = new CapillaryStubs(wireMock);
        await stubs.StubAsync("GET", $"{Management}62090013/badge/67037d51d33ceb2ad0a69b1b?includeStatistics=true", CapillaryStubs.Answer("get-individual-badge-details-of-a-customer", "response-200-with-issueid-and-includestatistics-true.json"));
        await stubs.StubAsync("GET", $"{Management}62090013/badge/693696bdcebb9648d89735b3", CapillaryStubs.Answer("get-individual-badge-details-of-a-customer", "response-200-sample-response.json"));
        using var client = stubs.Client(Now);

        var issued = await client.GetCustomerBadgeAsync(CustomerKey.FromId(62090013), "67037d51d33ceb2ad0a69b1b", includeStatistics: true);
        var sample = await client.GetCustomerBadgeAsync(CustomerKey.FromId(62090013), "693696bdcebb9648d89735b3");

        var issual = Assert.Single(issued.Issuals);
        Assert.Equal(("67037d71d33ceb2ad0a69b1c", "REVOKED", OwnerType.Loyalty, "123456789"), (issual.IssueId!, issual.IssuedStatus!, issual.OwnerType!.Value, issual.OwnerReferenceId!));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1728281969300), issual.IssuedOn);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1728282201451), issual.RevokedOn);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1728279028), issual.IssueEventDate);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1926235957), issual.ExpiresOn);
        Assert.Equal("REVOKED", issued.IssuedStatus);
        Assert.Equal("<Enter your terms and condition here>", issued.CustomFields["Terms and Condition"]);
        Assert.Equal((ExpiryType.Relative, (PeriodUnit?)PeriodUnit.Weeks, (int?)2), (issued.EarnExpiry!.ExpiryType, issued.EarnExpiry.RelativeUnit, issued.EarnExpiry.Value));
        Assert.Equal((ExpiryType.Absolute, (ExpiryMethod?)ExpiryMethod.FixedDate, DateTimeOffset.FromUnixTimeSeconds(1926235957), false), (issued.IssueExpiry!.ExpiryType, issued.IssueExpiry.Method, issued.IssueExpiry.ExpiresOn!.Value, issued.IssueExpiry.ExpireWithBadgeMeta!.Value));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1765178896000), sample.StartsOn);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1796277042000), sample.IssueExpiry!.ExpiresOn);
        Assert.Equal(DateTimeOffset.Parse("2025-12-08T09:13:33Z", CultureInfo.InvariantCulture), sample.CreatedOn);
        Assert.Equal(ImageTag.Earned, Assert.Single(sample.Images).Tag);
        Assert.Null(sample.LastEarnedOn);
        Assert.Null(sample.BadgeGroupName);
    }
}
