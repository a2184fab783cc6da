using BadgeSdk.Loyalty;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Loyalty;

/// <summary>
/// Every documented example of Capillary's badge-definition reads and changes (get by id, get all,
/// update, fixed window details, activation, claim, unclaim), sent through the SDK to strict
/// mappings (tests/wiremock/mappings/loyalty) and answered with the vendor's own examples, which
/// are then checked field by field.
/// </summary>
[Collection(WireMockGroup.Name)]
[Trait("Category", "Contract")]
public sealed class LoyaltyBadgeDefinitionContractTests(WireMockServer wireMock) : IDisposable
{
    // Before the update example's expiry (2023-12-21), so the example passes the SDK's checks.
    private static readonly DateTimeOffset Now = new(2023, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly LoyaltyClient _client = Clients.Loyalty(wireMock.BaseUri, o => o.UseTimeProvider(new ManualTimeProvider(Now)));

    public void Dispose() => _client.Dispose();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Get_badge_fixed_window_examples(bool includeStatistics)
    {
        var badge = await _client.GetBadgeAsync("662749408fe258516a88fe89", includeStatistics);

        Assert.Equal("662749408fe258516a88fe89", badge.Id);
        Assert.Null(badge.NumericId);
        Assert.Equal(100458, badge.OrgId);
        Assert.Equal("BADGE123", badge.Name);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1716803487), badge.StartOn);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1726804000), badge.ExpiresOn);
        Assert.Equal(ExpiryType.Absolute, badge.EarnedBadgeExpiry!.ExpiryType);
        Assert.Equal(ExpiryMethod.WithBadgeMeta, badge.EarnedBadgeExpiry.Method);
        Assert.True(badge.EarnedBadgeExpiry.ExpireWithBadgeMeta);
        Assert.Null(badge.IssuedBadgeExpiry);
        Assert.Equal([OwnerType.Milestones, OwnerType.Loyalty], badge.RestrictedToOwners);
        var customer = Assert.Single(badge.CustomerConstraints);
        Assert.Equal(ConstraintType.CustomerFixedWindow, customer.ConstraintType);
        Assert.Equal("e6791ec9-e92f-34af-bdc3-be2607fdf82c", customer.ReferenceId);
        Assert.Equal(DurationType.Days, customer.DurationType);
        Assert.Equal(3, customer.RefreshRate);
        Assert.Equal(1, customer.MaxEarnLimit);
        Assert.Equal(new BadgeStatus("ACTIVE"), customer.CycleStatus);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1716803487), customer.StartDate);
        var across = Assert.Single(badge.BadgeConstraints);
        Assert.Equal(ConstraintType.BadgeFixedWindow, across.ConstraintType);
        Assert.Equal(2, across.MaxEarnLimit);
        Assert.Equal(1, badge.BadgeRank);
        Assert.Equal(EarnType.Earn, badge.EarnType);
        Assert.Equal(0, badge.IssuedCount);
        Assert.Equal(0, badge.EarnedCount);
        Assert.Equal(BadgeStatus.Live, badge.Status);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1713850688811), badge.CreatedOn);
        Assert.Equal(75086856, badge.CreatedBy);
        Assert.Empty(badge.CustomFields);
        Assert.False(badge.Active);
    }

    [Theory]
    [InlineData(true, 0L)]
    [InlineData(false, null)]
    public async Task Get_badge_moving_window_examples(bool includeStatistics, long? counts)
    {
        var badge = await _client.GetBadgeAsync("662724bb8fe258516a88fde2", includeStatistics);

        Assert.Equal("OGBadge2", badge.Name);
        Assert.Equal("Moving window", badge.Description);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1707523237192), badge.StartOn);
        Assert.All([badge.EarnedBadgeExpiry!, badge.IssuedBadgeExpiry!], e => Assert.Equal((ExpiryType.Relative, (ExpiryMethod?)null, (PeriodUnit?)PeriodUnit.Days, (int?)2), (e.ExpiryType, e.Method, e.RelativeUnit, e.Value)));
        Assert.Equal(new BadgeImageLink("string", "string", "string", ImageTag.Unearned), Assert.Single(badge.Images));
        Assert.Equal([OwnerType.Loyalty], badge.RestrictedToOwners);
        Assert.Equal(100, Assert.Single(badge.CustomerConstraints).MaxEarnLimit);
        Assert.Equal(ConstraintType.BadgeFixedValue, Assert.Single(badge.BadgeConstraints).ConstraintType);
        Assert.Null(badge.BadgeRank);
        Assert.Equal(BadgeStatus.Expired, badge.Status);
        Assert.Equal(counts, badge.IssuedCount);
        Assert.Equal(counts, badge.EarnedCount);
        Assert.True(badge.Active);
    }

    [Fact]
    public async Task Get_badge_sample_response_with_status_filter_reads_iso_twins_claims_and_custom_fields()
    {
        var badge = await _client.GetBadgeAsync("692e7e739b3ca00e4bbf7c06", status: BadgeStatus.Live);

        Assert.Equal(82, badge.NumericId);
        Assert.Equal(100737, badge.OrgId);
        Assert.Equal("Test badge 02/12 01", badge.Name);
        Assert.Null(badge.Description);
        Assert.Equal(DateTimeOffset.Parse("2025-12-02T05:50:07Z", System.Globalization.CultureInfo.InvariantCulture), badge.StartOn);
        Assert.Equal(DateTimeOffset.Parse("2026-05-02T05:50:07Z", System.Globalization.CultureInfo.InvariantCulture), badge.ExpiresOn);
        Assert.Equal(PeriodUnit.Weeks, badge.EarnedBadgeExpiry!.RelativeUnit);
        Assert.Equal([OwnerType.AudienceCampaigns, OwnerType.Loyalty], badge.RestrictedToOwners);
        Assert.Equal(
            [new BadgeClaim(OwnerType.Loyalty, "123") { IsActive = true }, new BadgeClaim(OwnerType.Loyalty, "12i3") { IsActive = true }],
            badge.Claims);
        Assert.Equal(ConstraintType.CustomerNoLimit, Assert.Single(badge.CustomerConstraints).ConstraintType);
        Assert.Equal(ConstraintType.BadgeNoLimit, Assert.Single(badge.BadgeConstraints).ConstraintType);
        Assert.Empty(badge.Benefits);
        Assert.Empty(badge.Tags);
        Assert.Equal(DateTimeOffset.Parse("2025-12-02T05:51:47Z", System.Globalization.CultureInfo.InvariantCulture), badge.CreatedOn);
        Assert.Equal(DateTimeOffset.Parse("2026-01-19T12:56:39Z", System.Globalization.CultureInfo.InvariantCulture), badge.LastUpdatedOn);
        Assert.Equal(75197372, badge.LastUpdatedBy);
        Assert.Equal(9, badge.CustomFields.Count);
        Assert.Equal("1234", badge.CustomFields["CF 04"]);
        Assert.Equal("null", badge.CustomFields["Test CF"]);
        Assert.True(badge.Active);
    }

    [Fact]
    public async Task Get_badge_404_example_is_not_found()
    {
        var error = await Assert.ThrowsAsync<BadgeNotFoundException>(() => _client.GetBadgeAsync("000000000000000000000000"));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal(404, error.ErrorCode);
        Assert.Equal("Passed badge is not found", error.ServerMessage);
        Assert.Equal("GetBadge", error.Operation);
        Assert.False(error.MayHaveBeenProcessed);
    }

    [Fact]
    public async Task List_page_sends_every_documented_filter_and_reads_the_example_with_its_paging()
    {
        var request = new ListBadgesRequest
        {
            Status = { BadgeStatus.Upcoming, BadgeStatus.Live },
            EarnType = EarnType.IssueEarn,
            Action = BadgeAction.Activated,
            Owner = OwnerType.Loyalty,
            ClaimedBy = OwnerType.Loyalty,
            Unclaimed = false,
            Name = "Badge Issue earn",
            BadgeType = "issue_earn",
            StartOn = new DateTimeOffset(2023, 2, 16, 5, 30, 0, TimeSpan.FromHours(5.5)),
            ExpiresOn = new DateTimeOffset(2024, 2, 16, 0, 0, 0, TimeSpan.Zero),
            SortOn = BadgeSortField.Name,
            PageSize = 10,
        };

        var page = await _client.ListBadgesPageAsync(request);

        Assert.Equal(0, page.Page);
        Assert.Equal(10, page.PageSize);
        Assert.Equal(122, page.Total);
        Assert.Equal(13, page.TotalPages);
        Assert.True(page.HasMore);
        Assert.Empty(page.Warnings);
        Assert.Equal(10, page.Badges.Count);
        Assert.Equal(
            ["Badge Issue earn27", "Badge Issue earn26", "Badge Issue earn25", "Badge Issue earn24", "Badge Issue earn23", "Badge Issue earn21", "Badge Issue earn20", "Badge Issue earn19", "Badge Issue earn18", "Badge Issue earn17"],
            page.Badges.Select(b => b.Name));
        var first = page.Badges[0];
        Assert.Equal("66868a683778145cbb91193a", first.Id);
        Assert.Equal(100458, first.OrgId);
        Assert.Null(first.BadgeGroupId);
        Assert.Null(first.BadgeGroupName);
        Assert.Equal(3, first.BadgeRank);
        Assert.Equal("Make 5 transactions", first.Description);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1721520000), first.StartOn);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1726804000), first.ExpiresOn);
        Assert.Equal(BadgeStatus.Upcoming, first.Status);
        Assert.Equal(ImageTag.Earned, Assert.Single(first.Images).Tag);
        Assert.Equal(EarnType.IssueEarn, first.EarnType);
        Assert.Equal(PeriodUnit.Weeks, first.EarnedBadgeExpiry!.RelativeUnit);
        Assert.Equal(9, first.RestrictedToOwners.Count);
        Assert.Contains(OwnerType.HistoricalImport, first.RestrictedToOwners);
        Assert.Equal(new BadgeClaim(OwnerType.HistoricalImport, "123") { IsActive = true }, Assert.Single(first.Claims));
        Assert.Equal(0, first.IssuedCount);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1720093422070), first.LastUpdatedOn);
        Assert.True(first.Active);
        Assert.Equal([new OwnerType("Journeys"), OwnerType.AudienceCampaigns], page.Badges[7].Claims.Select(c => c.OwnerType));
    }

    [Fact]
    public async Task Update_sends_the_documented_example_with_its_id_and_reads_the_answer()
    {
        var request = new UpdateBadgeRequest("65608f5dfd9efd4da77df8a0", "2023GIVE", DateTimeOffset.FromUnixTimeSeconds(1700827200), DateTimeOffset.FromUnixTimeSeconds(1703178000))
        {
            Description = "Badge awarded to members who donated to the NASCAR Foundation during the 2023 Giveathon",
            IssuedBadgeExpiry = BadgeExpiry.Never(),
            EarnedBadgeExpiry = BadgeExpiry.Relative(PeriodUnit.Weeks, 2),
            Images =
            {
                new BadgeImageLink("InProgress", "qwer-8634-8938", "https://firebasestorage.googleapis.com/v0/b/createbadges.appspot.com/o/images%2Fimages.png?alt=media&token=4d4c91d5-ac16-41e3-a35c-d8502814b966", new ImageTag("IN_PROGRESS")),
                new BadgeImageLink("Issued", "qwer-8634-8938", "https://firebasestorage.googleapis.com/v0/b/createbadges.appspot.com/o/images%2Fsuccess1.jpg?alt=media&token=66b2f0bc-9c55-4e33-a5e9-c6be96d94f2d", ImageTag.Earned),
                new BadgeImageLink("Unissued", "qwer-8634-8938", "https://firebasestorage.googleapis.com/v0/b/createbadges.appspot.com/o/images%2F345.jpg?alt=media&token=2d2ec9b0-e3e2-419e-9710-2cd7036b22c1", ImageTag.Unearned),
            },
            Ownership = { RestrictedToOwners = { OwnerType.AudienceCampaigns } },
            Benefits = { BadgeBenefit.Coupon(13893) },
            BadgeGroupId = "10",
            BadgeRank = 3,
            EarnType = EarnType.IssueEarn,
            CustomFields = { ["CF1"] = "CF1", ["CF2 INTEGER"] = "1", ["CF3 boolean"] = "true", ["CF3 date"] = "2001-01-18 09:09:09", ["CF31 date"] = string.Empty },
            Active = true,
        };

        var updated = await _client.UpdateBadgeAsync(request);

        Assert.Empty(updated.Warnings);
        var badge = updated.Badge;
        Assert.Equal("68da6e72480b423e5c687597", badge.Id);
        Assert.Equal(58, badge.NumericId);
        Assert.Equal("Test badge 29/04", badge.Name);
        Assert.Equal("Make 5 transactions", badge.Description);
        Assert.Equal(DateTimeOffset.Parse("2025-09-29T11:32:14Z", System.Globalization.CultureInfo.InvariantCulture), badge.StartOn);
        var issued = badge.IssuedBadgeExpiry!;
        Assert.Equal((ExpiryType.Absolute, (ExpiryMethod?)ExpiryMethod.FixedDate, (DateTimeOffset?)DateTimeOffset.FromUnixTimeSeconds(1926235957), (bool?)false), (issued.ExpiryType, issued.Method, issued.ExpiresOn, issued.ExpireWithBadgeMeta));
        Assert.Equal((ExpiryType.Relative, (PeriodUnit?)PeriodUnit.Weeks, (int?)2), (badge.EarnedBadgeExpiry!.ExpiryType, badge.EarnedBadgeExpiry.RelativeUnit, badge.EarnedBadgeExpiry.Value));
        Assert.Equal(
            [new BadgeClaim(OwnerType.AudienceCampaigns, "8378347853") { IsActive = true }, new BadgeClaim(OwnerType.Loyalty, "456565767888767868jbjhbgjkhhgk") { IsActive = true }],
            badge.Claims);
        Assert.Equal(EarnType.IssueEarn, badge.EarnType);
        Assert.Equal(BadgeStatus.Expired, badge.Status);
        Assert.Equal(DateTimeOffset.Parse("2026-01-19T09:44:48Z", System.Globalization.CultureInfo.InvariantCulture), badge.LastUpdatedOn);
        Assert.True(badge.Active);
    }

    [Fact]
    public async Task Update_400_example_is_a_validation_failure()
    {
        var request = new UpdateBadgeRequest("65608f5dfd9efd4da77df8a0", "PARSE_ERROR_EXAMPLE", DateTimeOffset.FromUnixTimeSeconds(1700827200), DateTimeOffset.FromUnixTimeSeconds(1703178000))
        {
            Description = "Badge awarded to members who donated to the NASCAR Foundation during the 2023 Giveathon",
            IssuedBadgeExpiry = BadgeExpiry.Never(),
            EarnedBadgeExpiry = BadgeExpiry.Relative(PeriodUnit.Weeks, 2),
            Images =
            {
                new BadgeImageLink("InProgress", "qwer-8634-8938", "https://firebasestorage.googleapis.com/v0/b/createbadges.appspot.com/o/images%2Fimages.png?alt=media&token=4d4c91d5-ac16-41e3-a35c-d8502814b966", new ImageTag("IN_PROGRESS")),
                new BadgeImageLink("Issued", "qwer-8634-8938", "https://firebasestorage.googleapis.com/v0/b/createbadges.appspot.com/o/images%2Fsuccess1.jpg?alt=media&token=66b2f0bc-9c55-4e33-a5e9-c6be96d94f2d", ImageTag.Earned),
                new BadgeImageLink("Unissued", "qwer-8634-8938", "https://firebasestorage.googleapis.com/v0/b/createbadges.appspot.com/o/images%2F345.jpg?alt=media&token=2d2ec9b0-e3e2-419e-9710-2cd7036b22c1", ImageTag.Unearned),
            },
            Ownership = { RestrictedToOwners = { OwnerType.AudienceCampaigns } },
            Benefits = { BadgeBenefit.Coupon(13893) },
            BadgeGroupId = "10",
            BadgeRank = 3,
            EarnType = EarnType.IssueEarn,
            CustomFields = { ["CF1"] = "CF1", ["CF2 INTEGER"] = "1", ["CF3 boolean"] = "true", ["CF3 date"] = "2001-01-18 09:09:09", ["CF31 date"] = string.Empty },
        };

        var error = await Assert.ThrowsAsync<BadgeValidationException>(() => _client.UpdateBadgeAsync(request));

        Assert.Equal(400, error.ErrorCode);
        Assert.StartsWith("JSON parse error", error.ServerMessage, StringComparison.Ordinal);
        Assert.Equal("UpdateBadge", error.Operation);
    }

    [Fact]
    public async Task Fixed_window_sample_response_with_paging()
    {
        var details = await _client.GetFixedWindowDetailsAsync(new GetFixedWindowDetailsRequest("69381220cebb9648d8974518") { Page = 0, PageSize = 10 });

        Assert.Equal("69381220cebb9648d8974518", details.BadgeId);
        Assert.Equal(100737, details.OrgId);
        Assert.Null(details.CustomerId);
        Assert.Equal(DateTimeOffset.Parse("2025-03-03T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), details.StartDate);
        Assert.Equal(DateTimeOffset.Parse("2026-12-20T03:46:40Z", System.Globalization.CultureInfo.InvariantCulture), details.EndDate);
        Assert.Equal(10, details.Cycles.Count);
        Assert.All(details.Cycles, c => Assert.Equal("e6791ec9-e92f-34af-bdc3-be2607fdf82c", c.ReferenceId));
        Assert.All(details.Cycles, c => Assert.Equal(ConstraintType.CustomerFixedWindow, c.ConstraintType));
        Assert.All(details.Cycles, c => Assert.Null(c.EarnCount));
        Assert.Equal(DateTimeOffset.Parse("2025-03-30T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), details.Cycles[9].StartDate);
        Assert.Equal(DateTimeOffset.Parse("2025-04-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), details.Cycles[9].EndDate);
        Assert.Equal((0, 10, 220L, 22), (details.Page, details.PageSize, details.Total, details.TotalPages));
        Assert.Empty(details.Warnings);
    }

    [Fact]
    public async Task Fixed_window_with_earn_count_sends_every_filter()
    {
        var request = new GetFixedWindowDetailsRequest("6603ed23e4165a7993354a76")
        {
            ConstraintType = new ConstraintType("ALL"),
            CustomerId = 123,
            FixedWindowCycleReferenceId = "a1350b49-eb8e-3500-9e43-01f5493c91c1",
            IncludeEarnCount = true,
            StartDate = new DateTimeOffset(2024, 3, 2, 0, 0, 0, TimeSpan.Zero),
            EndDate = new DateTimeOffset(2024, 3, 4, 0, 0, 0, TimeSpan.Zero),
            Page = 0,
            PageSize = 30,
        };

        var details = await _client.GetFixedWindowDetailsAsync(request);

        Assert.Equal("6603ed23e4165a7993354a76", details.BadgeId);
        Assert.Equal(4000106, details.OrgId);
        Assert.Equal(123, details.CustomerId);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1709337637192), details.StartDate);
        var cycle = Assert.Single(details.Cycles);
        Assert.Equal("a1350b49-eb8e-3500-9e43-01f5493c91c1", cycle.ReferenceId);
        Assert.Equal(ConstraintType.BadgeFixedWindow, cycle.ConstraintType);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1709337600), cycle.StartDate);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1709510400), cycle.EndDate);
        Assert.Equal(0, cycle.EarnCount);
        Assert.Equal((0, 30, 1L, 1), (details.Page, details.PageSize, details.Total, details.TotalPages));
    }

    [Fact]
    public async Task Fixed_window_400_example_an_empty_object_is_a_validation_failure()
    {
        var error = await Assert.ThrowsAsync<BadgeValidationException>(() => _client.GetFixedWindowDetailsAsync(new GetFixedWindowDetailsRequest("unknown-badge")));

        Assert.Equal(400, error.StatusCode);
        Assert.Empty(error.Errors);
        Assert.Equal("GetFixedWindowDetails", error.Operation);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Activation_examples(bool active)
    {
        var activation = await _client.SetBadgeActiveAsync("68ccf60d28a4f97c042c83c1", active);

        Assert.Equal(new BadgeActivation("68ccf60d28a4f97c042c83c1", active), activation);
    }

    [Fact]
    public async Task Claim_example()
    {
        var claim = await _client.ClaimBadgeAsync("692e7e739b3ca00e4bbf7c06", new BadgeClaim(OwnerType.Loyalty, "123"));

        Assert.Equal(new BadgeClaim(OwnerType.Loyalty, "123") { IsActive = true }, claim);
    }

    [Fact]
    public async Task Claim_400_example_owner_type_in_the_wrong_case()
    {
        var error = await Assert.ThrowsAsync<BadgeValidationException>(() => _client.ClaimBadgeAsync("692e7e739b3ca00e4bbf7c06", new BadgeClaim(new OwnerType("LOYALTY"), "123")));

        Assert.Equal(400, error.ErrorCode);
        Assert.Contains("Invalid enum value: 'LOYALTY'", error.ServerMessage, StringComparison.Ordinal);
        Assert.Equal("ClaimBadge", error.Operation);
    }

    [Fact]
    public async Task Unclaim_example()
    {
        var claim = await _client.UnclaimBadgeAsync("692e7e739b3ca00e4bbf7c06", new BadgeClaim(OwnerType.Loyalty, "123"));

        Assert.Equal(new BadgeClaim(OwnerType.Loyalty, "123") { IsActive = false }, claim);
    }

    [Fact]
    public async Task Unclaim_400_example_an_empty_object_is_a_validation_failure()
    {
        var error = await Assert.ThrowsAsync<BadgeValidationException>(() => _client.UnclaimBadgeAsync("692e7e739b3ca00e4bbf7c06", new BadgeClaim(OwnerType.Loyalty, "no-such-claim")));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("UnclaimBadge", error.Operation);
    }
}
