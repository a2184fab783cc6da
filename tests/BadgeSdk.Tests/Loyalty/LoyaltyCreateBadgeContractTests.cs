using BadgeSdk.Loyalty;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Loyalty;

/// <summary>
/// Each request example of Capillary's create-badge page, built through the SDK and matched by
/// WireMock on the exact JSON (including <c>relativeExpirytype</c>), answered with the documented
/// response examples, which are then checked field by field.
/// </summary>
[Collection(WireMockGroup.Name)]
[Trait("Category", "Contract")]
public sealed class LoyaltyCreateBadgeContractTests(WireMockServer wireMock) : IDisposable
{
    // The docs' dates are in 2024; the client's clock is set before them so they are not "past".
    private static readonly DateTimeOffset Now = new(2024, 5, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset DocStart = DateTimeOffset.FromUnixTimeSeconds(1716803487);
    private static readonly DateTimeOffset DocEnd = DateTimeOffset.FromUnixTimeSeconds(1726804000);

    private readonly LoyaltyClient _client = Clients.Loyalty(wireMock.BaseUri, o => o.UseTimeProvider(new ManualTimeProvider(Now)));

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task Example_1_fixed_windows_coupons_points_and_tags()
    {
        var request = new CreateBadgeRequest("BADGE12", DocStart, DocEnd)
        {
            Description = "Purchase 5 pet products in 3 months and get a pet grooming voucher",
            BadgeRank = 1,
            EarnedBadgeExpiry = BadgeExpiry.WithBadgeMeta(),
            Ownership = { RestrictedToOwners = { OwnerType.Loyalty, OwnerType.Milestones } },
            CustomerConstraints = { CustomerConstraint.FixedWindow(DurationType.Days, maxEarnLimit: 1, refreshRate: 3, startDayOfTheWeek: DayOfWeek.Tuesday) },
            BadgeConstraints = { BadgeConstraint.FixedWindow(DurationType.Days, maxEarnLimit: 2, refreshRate: 3, startDayOfTheWeek: DayOfWeek.Monday) },
            EarnType = EarnType.Earn,
            Benefits = { BadgeBenefit.Coupon(13686), BadgeBenefit.Coupon(1234), BadgeBenefit.Coupon(6789), BadgeBenefit.LoyaltyPoints(100, 626, 80332, 1489, 3843) },
            Tags = { new BadgeTag("Type1", "Birthday"), new BadgeTag("Priority", "1"), new BadgeTag("category", "rare") },
            Active = false,
        };

        var created = await _client.CreateBadgeAsync(request);

        AssertBadge123(created);
    }

    [Fact]
    public async Task Example_2_issue_earn_with_relative_and_fixed_date_expiry_and_images()
    {
        var request = new CreateBadgeRequest("Badge Issue earn", DocStart, DocEnd)
        {
            Description = "Make 5 transactions",
            EarnType = EarnType.IssueEarn,
            BadgeRank = 3,
            EarnedBadgeExpiry = BadgeExpiry.Relative(PeriodUnit.Weeks, 2),
            IssuedBadgeExpiry = BadgeExpiry.FixedDate(DateTimeOffset.FromUnixTimeSeconds(1926235957)),
            Ownership = { RestrictedToOwners = { OwnerType.Loyalty, OwnerType.AudienceCampaigns } },
            Benefits = { BadgeBenefit.Coupon(13745) },
            Images = { new BadgeImageLink("Issued", "qwer-8634-8938", "https://firebasestorage.googleapis.com/v0/b/createbadges.appspot.com/o/images%2Fsuccess1.jpg?alt=media&token=66b2f0bc-9c55-4e33-a5e9-c6be96d94f2d", ImageTag.Earned) },
            CustomerConstraints = { CustomerConstraint.FixedWindow(DurationType.Days, maxEarnLimit: 2, refreshRate: 3, startDayOfTheWeek: DayOfWeek.Monday) },
            BadgeConstraints =
            {
                BadgeConstraint.FixedValue(10000),
                BadgeConstraint.RollingWindow(PeriodUnit.Days, 1, 300),
                BadgeConstraint.RollingWindow(PeriodUnit.Weeks, 1, 3000),
            },
        };

        var badge = (await _client.CreateBadgeAsync(request)).Badge;

        AssertIssueEarn(badge);
    }

    [Fact]
    public async Task Example_3_fixed_value_customer_constraint()
    {
        var request = new CreateBadgeRequest("Badge_Earn", DocStart, DocEnd)
        {
            Description = "Purchase 5 pet products in 3 months and get a pet grooming voucher",
            Ownership = { RestrictedToOwners = { OwnerType.Loyalty, OwnerType.Milestones } },
            CustomerConstraints = { CustomerConstraint.FixedValue(100) },
            BadgeConstraints = { BadgeConstraint.FixedWindow(DurationType.Days, maxEarnLimit: 2, refreshRate: 3, startDayOfTheWeek: DayOfWeek.Monday) },
            Benefits = { BadgeBenefit.Coupon(13686), BadgeBenefit.Coupon(1234), BadgeBenefit.Coupon(6789), BadgeBenefit.LoyaltyPoints(100, 626, 80332, 1489, 3843) },
            Tags = { new BadgeTag("Type1", "Birthday"), new BadgeTag("Priority", "1"), new BadgeTag("category", "rare") },
            Active = false,
        };

        AssertBadge123(await _client.CreateBadgeAsync(request));
    }

    [Fact]
    public async Task Example_4_customer_rolling_window()
    {
        var request = new CreateBadgeRequest("Badge_Issue_earntype", DocStart, DocEnd)
        {
            Description = "Make 5 transactions in a month, get a badge and 10% off coupon",
            EarnType = EarnType.IssueEarn,
            EarnedBadgeExpiry = BadgeExpiry.Relative(PeriodUnit.Weeks, 2),
            IssuedBadgeExpiry = BadgeExpiry.FixedDate(DateTimeOffset.FromUnixTimeSeconds(1926235957)),
            Ownership = { RestrictedToOwners = { OwnerType.Loyalty, OwnerType.AudienceCampaigns } },
            Benefits = { BadgeBenefit.Coupon(13745) },
            CustomerConstraints =
            {
                CustomerConstraint.RollingWindow(maxEarnForDays: 50, rollForDays: 5, maxEarnForWeeks: 100, rollForWeeks: 1, maxEarnForMonths: 200, rollForMonths: 1),
                CustomerConstraint.FixedValue(5000),
            },
            BadgeConstraints =
            {
                BadgeConstraint.FixedValue(10000),
                BadgeConstraint.RollingWindow(PeriodUnit.Days, 1, 300),
                BadgeConstraint.RollingWindow(PeriodUnit.Weeks, 1, 3000),
            },
        };

        AssertIssueEarn((await _client.CreateBadgeAsync(request)).Badge);
    }

    [Fact]
    public async Task Example_5_claims_custom_fields_and_every_rolling_window()
    {
        var request = new CreateBadgeRequest("test6578791", DateTimeOffset.FromUnixTimeSeconds(1799632870), DateTimeOffset.FromUnixTimeSeconds(1828754110))
        {
            Description = "Purchase 5 pet products in 3 months and get a pet grooming voucher",
            Ownership =
            {
                RestrictedToOwners = { OwnerType.Loyalty, OwnerType.Milestones },
                Claims = { new BadgeClaim(OwnerType.Loyalty, "626") },
            },
            CustomerConstraints =
            {
                CustomerConstraint.FixedValue(100),
                CustomerConstraint.RollingWindow(maxEarnForDays: 1, rollForDays: 1, maxEarnForWeeks: 2, rollForWeeks: 1, maxEarnForMonths: 10, rollForMonths: 1),
            },
            BadgeConstraints =
            {
                BadgeConstraint.FixedValue(1000),
                BadgeConstraint.RollingWindow(PeriodUnit.Days, 1, 100),
                BadgeConstraint.RollingWindow(PeriodUnit.Weeks, 1, 2000),
                BadgeConstraint.RollingWindow(PeriodUnit.Months, 1, 10000),
            },
            Benefits = { BadgeBenefit.Coupon(13686), BadgeBenefit.Coupon(1234), BadgeBenefit.Coupon(6789), BadgeBenefit.LoyaltyPoints(100, 626, 80332, 1489, 3843) },
            Tags = { new BadgeTag("Type1", "Birthday"), new BadgeTag("Priority", "1"), new BadgeTag("category", "rare") },
            CustomFields = { ["CF1"] = "CF1", ["CF2 INTEGER"] = "1" },
            Active = false,
        };

        AssertBadge123(await _client.CreateBadgeAsync(request));
    }

    [Fact]
    public async Task Historical_import_sends_the_migration_header_and_reads_the_documented_example()
    {
        var request = new CreateBadgeRequest("demo testkerl2n26df132", DateTimeOffset.Parse("2023-11-14T21:51:00.192Z", System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.Parse("2026-12-03T15:19:37.192Z", System.Globalization.CultureInfo.InvariantCulture))
        {
            Description = "string",
            HistoricalImport = true,
            Ownership = { RestrictedToOwners = { OwnerType.Loyalty } },
        };

        var badge = (await _client.CreateBadgeAsync(request)).Badge;

        // The example mixes ISO strings into numeric fields, lists badge constraint types under
        // customerConstraints, and has a tag with an unknown member: all must read.
        Assert.Equal("65a1b2c3d4e5f60718293a4b", badge.Id);
        Assert.Equal(50933, badge.OrgId);
        Assert.Equal(new DateTimeOffset(2023, 11, 14, 21, 51, 0, 192, TimeSpan.Zero), badge.StartOn);
        Assert.Equal(new DateTimeOffset(2024, 11, 3, 15, 19, 37, 192, TimeSpan.Zero), badge.EarnedBadgeExpiry!.ExpiresOn);
        Assert.Equal(6, badge.CustomerConstraints.Count);
        Assert.All(badge.CustomerConstraints, c => Assert.Equal(ConstraintType.BadgeNoLimit, c.ConstraintType));
        Assert.Equal(PeriodUnit.Days, badge.CustomerConstraints[4].RollType);
        Assert.Equal(0, badge.CustomerConstraints[5].RollForMonths);
        Assert.Equal(ImageTag.Unearned, badge.Images.Single().Tag);
        Assert.Equal("string", badge.Claims.Single().BadgeMetaId);
        Assert.Null(badge.Tags.Single().Name);
        Assert.Equal(BadgeStatus.Live, badge.Status);
        Assert.Equal("1", badge.CustomFields["CF2 INTEGER"]);
        Assert.True(badge.Active);
    }

    [Fact]
    public async Task Documented_error_body_becomes_a_validation_exception_with_every_code()
    {
        var request = new CreateBadgeRequest("REJECTED_BADGE", DocStart, DocEnd) { Ownership = { RestrictedToOwners = { OwnerType.Loyalty } } };

        var error = await Assert.ThrowsAsync<BadgeValidationException>(() => _client.CreateBadgeAsync(request));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal([728, 725, 722], error.Errors.Select(e => e.Code));
        Assert.Equal("ownership.restrictedToOwners", error.Errors[0].Reference);
        Assert.Contains("HTTP 400: [728: Atleast one owner is required (ownership.restrictedToOwners)] [725: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Http_500_with_999999_is_not_retried_since_it_repeats_every_time()
    {
        var prefix = $"/t/{Guid.NewGuid():N}/";
        await wireMock.StubAsync(Mapping.Of("POST", prefix + "api_gateway/v1/badges/badgeMeta", """{"status":500,"jsonBody":{"data":null,"errors":[{"code":999999,"message":"Something went wrong"}]}}"""));
        using var client = Clients.Loyalty(new Uri(wireMock.BaseUri, prefix), o => o.UseTimeProvider(new ManualTimeProvider(Now)));
        var request = new CreateBadgeRequest("BROKEN_BADGE", DocStart, DocEnd) { Ownership = { RestrictedToOwners = { OwnerType.Loyalty } } };

        var error = await Assert.ThrowsAsync<BadgeApiException>(() => client.CreateBadgeAsync(request));

        Assert.Single(await wireMock.RequestsAsync(prefix));
        Assert.Equal(999999, error.ErrorCode);
        Assert.Equal(500, error.StatusCode);

        // A 500 leaves a write open: the caller is told so, never a plain failure.
        Assert.True(error.MayHaveBeenProcessed);
        Assert.Contains("It may have been processed", error.Message, StringComparison.Ordinal);
    }

    private static void AssertBadge123(CreateBadgeResult created)
    {
        Assert.Empty(created.Warnings);
        var badge = created.Badge;
        Assert.Equal("662749408fe258516a88fe89", badge.Id);
        Assert.Equal(100458, badge.OrgId);
        Assert.Equal("BADGE123", badge.Name);
        Assert.Equal(DocStart, badge.StartOn);
        Assert.Equal(DocEnd, badge.ExpiresOn);
        Assert.Equal(ExpiryType.Absolute, badge.EarnedBadgeExpiry!.ExpiryType);
        Assert.Equal(ExpiryMethod.WithBadgeMeta, badge.EarnedBadgeExpiry.Method);
        Assert.Null(badge.EarnedBadgeExpiry.ExpiresOn);
        Assert.True(badge.EarnedBadgeExpiry.ExpireWithBadgeMeta);
        Assert.Null(badge.IssuedBadgeExpiry);
        Assert.Empty(badge.Images);
        Assert.Equal([OwnerType.Milestones, OwnerType.Loyalty], badge.RestrictedToOwners);
        Assert.Empty(badge.Claims);
        var customer = Assert.Single(badge.CustomerConstraints);
        Assert.Equal(ConstraintType.CustomerFixedWindow, customer.ConstraintType);
        Assert.Equal("e6791ec9-e92f-34af-bdc3-be2607fdf82c", customer.ReferenceId);
        Assert.Equal(DurationType.Days, customer.DurationType);
        Assert.True(customer.DurationType!.Value.IsDaily);
        Assert.Equal(3, customer.RefreshRate);
        Assert.Equal(1, customer.MaxEarnLimit);
        Assert.Equal(BadgeStatus.Upcoming, customer.CycleStatus);
        Assert.Equal(DocStart, customer.StartDate);
        Assert.Equal(DocEnd, customer.EndDate);
        var overall = Assert.Single(badge.BadgeConstraints);
        Assert.Equal("a1350b49-eb8e-3500-9e43-01f5493c91c1", overall.ReferenceId);
        Assert.Equal(2, overall.MaxEarnLimit);
        Assert.Equal(4, badge.Benefits.Count);
        var points = badge.Benefits.Single(b => b.BenefitType == BenefitType.LoyaltyPoints);
        Assert.Equal((626L, 80332L, 1489L, 3843L), (points.ProgramId!.Value, points.PromotionId!.Value, points.AllocationStrategyId!.Value, points.ExpirationStrategyId!.Value));
        Assert.Null(points.DefaultTillId);
        Assert.Equal(new BadgeTag("category", "rare"), badge.Tags[1]);
        Assert.Null(badge.BadgeGroupId);
        Assert.Equal(1, badge.BadgeRank);
        Assert.Equal(EarnType.Earn, badge.EarnType);
        Assert.Equal(BadgeStatus.Upcoming, badge.Status);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1713850688).AddTicks(8_114_010), badge.CreatedOn);
        Assert.Equal(75086856, badge.CreatedBy);
        Assert.Equal(badge.CreatedOn, badge.LastUpdatedOn);
        Assert.Equal(75086856, badge.LastUpdatedBy);
        Assert.Empty(badge.CustomFields);
        Assert.False(badge.Active);
    }

    private static void AssertIssueEarn(BadgeDefinition badge)
    {
        Assert.Equal("662748a08fe258516a88fe88", badge.Id);
        Assert.Equal("Badge Issue earn", badge.Name);
        Assert.Equal(ExpiryType.Relative, badge.EarnedBadgeExpiry!.ExpiryType);
        Assert.Equal(PeriodUnit.Weeks, badge.EarnedBadgeExpiry.RelativeUnit);
        Assert.Equal(2, badge.EarnedBadgeExpiry.Value);
        Assert.Equal(ExpiryMethod.FixedDate, badge.IssuedBadgeExpiry!.Method);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1926235957), badge.IssuedBadgeExpiry.ExpiresOn);
        Assert.False(badge.IssuedBadgeExpiry.ExpireWithBadgeMeta);
        var image = Assert.Single(badge.Images);
        Assert.Equal(("Issued", "qwer-8634-8938", ImageTag.Earned), (image.Name, image.FileSvcHandle, image.Tag!.Value));
        Assert.Equal([OwnerType.AudienceCampaigns, OwnerType.Loyalty], badge.RestrictedToOwners);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1926235957), badge.CustomerConstraints.Single().EndDate);
        Assert.Equal(3, badge.BadgeConstraints.Count);
        Assert.Equal((PeriodUnit.Weeks, 1, 3000), (badge.BadgeConstraints[1].RollType!.Value, badge.BadgeConstraints[1].RollValue!.Value, badge.BadgeConstraints[1].MaxEarnLimit!.Value));
        Assert.Equal(13745, badge.Benefits.Single().SeriesId);
        Assert.Empty(badge.Tags);
        Assert.Equal(3, badge.BadgeRank);
        Assert.Equal(EarnType.IssueEarn, badge.EarnType);
        Assert.True(badge.Active);
    }
}
