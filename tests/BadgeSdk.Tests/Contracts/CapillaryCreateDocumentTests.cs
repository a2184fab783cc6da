using System.Text.Json.Nodes;
using BadgeSdk.Loyalty;
using BadgeSdk.Tests.Infrastructure;
using static BadgeSdk.Tests.Contracts.CapillaryCreateExamples;

namespace BadgeSdk.Tests.Contracts;

/// <summary>
/// Capillary's create-badge page as fixtures (tests/documents/capillary-create-badges): each request
/// example built through the SDK must go out as the page's JSON, up to the reviewed differences; each
/// response example is read through the SDK with every field checked.
/// </summary>
[Collection(WireMockGroup.Name)]
[Trait("Category", "Contract")]
public sealed class CapillaryCreateDocumentTests(WireMockServer wireMock)
{
    private const string Page = AllowedDifferences.Create;
    private const string Path = "api_gateway/v1/badges/badgeMeta";

    // The examples' dates are in 2024; the client's clock is set before them so they are not "past".
    private static readonly DateTimeOffset Now = new(2024, 5, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("request-1-badge12", "response-1-badge123")]
    [InlineData("request-2-issue-earn", "response-2-issue-earn")]
    [InlineData("request-3-badge-earn", "response-1-badge123")]
    [InlineData("request-4-issue-earntype", "response-2-issue-earn")]
    [InlineData("request-5-claims-rolling", "response-1-badge123")]
    [InlineData("request-6-historical", "response-1-badge123")]
    public async Task Request_example_goes_out_as_the_page_shows_it(string example, string response)
    {
        var exchange = new DocumentExchange(wireMock, Page);
        await exchange.AnswerAsync("POST", Path, ("Authorization", CapillaryMapping.Authorization), response, status: 201);
        using var client = Clients.Loyalty(exchange.BaseUri, o => o.UseTimeProvider(new ManualTimeProvider(Now)));

        await client.CreateBadgeAsync(Build(example));

        var sent = await exchange.SentAsync();
        Assert.Equal("POST", sent.Method);
        Assert.Equal(example == "request-6-historical" ? "migration" : null, sent.Header("X-CAP-BADGES-MIGRATION"));
        exchange.AssertSame(example, JsonNode.Parse(sent.Body)!);
    }

    [Fact]
    public async Task Response_example_1_reads_every_field()
    {
        var badge = (await CreateAnsweredWithAsync("response-1-badge123")).Badge;

        Assert.Equal("662749408fe258516a88fe89", badge.Id);
        Assert.Equal(100458, badge.OrgId);
        Assert.Equal("BADGE123", badge.Name);
        Assert.Equal("Purchase 5 pet products in 3 months and get a pet grooming voucher", badge.Description);
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
        Assert.Equal(3, customer.RefreshRate);
        Assert.Equal(1, customer.MaxEarnLimit);
        Assert.Equal(BadgeStatus.Upcoming, customer.CycleStatus);
        Assert.Equal(DocStart, customer.StartDate);
        Assert.Equal(DocEnd, customer.EndDate);
        var overall = Assert.Single(badge.BadgeConstraints);
        Assert.Equal(ConstraintType.BadgeFixedWindow, overall.ConstraintType);
        Assert.Equal("a1350b49-eb8e-3500-9e43-01f5493c91c1", overall.ReferenceId);
        Assert.Equal(DurationType.Days, overall.DurationType);
        Assert.Equal(3, overall.RefreshRate);
        Assert.Equal(2, overall.MaxEarnLimit);
        Assert.Equal((DocStart, DocEnd), (overall.StartDate, overall.EndDate));
        Assert.Equal(BadgeStatus.Upcoming, overall.CycleStatus);
        Assert.Equal([BenefitType.Coupon, BenefitType.Coupon, BenefitType.LoyaltyPoints, BenefitType.Coupon], badge.Benefits.Select(b => b.BenefitType));
        Assert.Equal([6789L, 13686L, null, 1234L], badge.Benefits.Select(b => b.SeriesId));
        var points = badge.Benefits[2];
        Assert.Equal((626L, 80332L, 1489L, 3843L), (points.ProgramId!.Value, points.PromotionId!.Value, points.AllocationStrategyId!.Value, points.ExpirationStrategyId!.Value));
        Assert.Null(points.DefaultTillId);
        Assert.Equal([new BadgeTag("Type1", "Birthday"), new BadgeTag("category", "rare"), new BadgeTag("Priority", "1")], badge.Tags);
        Assert.Null(badge.BadgeGroupId);
        Assert.Equal(1, badge.BadgeRank);
        Assert.Equal(EarnType.Earn, badge.EarnType);
        Assert.Equal(BadgeStatus.Upcoming, badge.Status);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1713850688).AddTicks(8_114_010), badge.CreatedOn);
        Assert.Equal(75086856, badge.CreatedBy);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1713850688).AddTicks(8_114_010), badge.LastUpdatedOn);
        Assert.Equal(75086856, badge.LastUpdatedBy);
        Assert.Empty(badge.CustomFields);
        Assert.False(badge.Active);
    }

    [Fact]
    public async Task Response_example_2_reads_every_field()
    {
        var badge = (await CreateAnsweredWithAsync("response-2-issue-earn")).Badge;

        Assert.Equal("662748a08fe258516a88fe88", badge.Id);
        Assert.Equal(100458, badge.OrgId);
        Assert.Equal("Badge Issue earn", badge.Name);
        Assert.Equal("Make 5 transactions", badge.Description);
        Assert.Equal((DocStart, DocEnd), (badge.StartOn, badge.ExpiresOn));
        Assert.Equal(ExpiryType.Relative, badge.EarnedBadgeExpiry!.ExpiryType);
        Assert.Equal(PeriodUnit.Weeks, badge.EarnedBadgeExpiry.RelativeUnit);
        Assert.Equal(2, badge.EarnedBadgeExpiry.Value);
        Assert.Null(badge.EarnedBadgeExpiry.Method);
        Assert.Equal(ExpiryType.Absolute, badge.IssuedBadgeExpiry!.ExpiryType);
        Assert.Equal(ExpiryMethod.FixedDate, badge.IssuedBadgeExpiry.Method);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1926235957), badge.IssuedBadgeExpiry.ExpiresOn);
        Assert.False(badge.IssuedBadgeExpiry.ExpireWithBadgeMeta);
        var image = Assert.Single(badge.Images);
        Assert.Equal(("Issued", "qwer-8634-8938", ImageTag.Earned), (image.Name, image.FileSvcHandle, image.Tag!.Value));
        Assert.Equal("https://firebasestorage.googleapis.com/v0/b/createbadges.appspot.com/o/images%2Fsuccess1.jpg?alt=media&token=66b2f0bc-9c55-4e33-a5e9-c6be96d94f2d", image.Url);
        Assert.Equal([OwnerType.AudienceCampaigns, OwnerType.Loyalty], badge.RestrictedToOwners);
        Assert.Empty(badge.Claims);
        var customer = Assert.Single(badge.CustomerConstraints);
        Assert.Equal(ConstraintType.CustomerFixedWindow, customer.ConstraintType);
        Assert.Equal("e6791ec9-e92f-34af-bdc3-be2607fdf82c", customer.ReferenceId);
        Assert.Equal((DurationType.Days, 3, 2), (customer.DurationType!.Value, customer.RefreshRate!.Value, customer.MaxEarnLimit!.Value));
        Assert.Equal(BadgeStatus.Upcoming, customer.CycleStatus);
        Assert.Equal((DocStart, DateTimeOffset.FromUnixTimeSeconds(1926235957)), (customer.StartDate!.Value, customer.EndDate!.Value));
        Assert.Equal([ConstraintType.BadgeFixedValue, ConstraintType.BadgeRollingWindow, ConstraintType.BadgeRollingWindow], badge.BadgeConstraints.Select(c => c.ConstraintType));
        Assert.Equal(10000, badge.BadgeConstraints[0].MaxEarnLimit);
        Assert.Equal((PeriodUnit.Weeks, 1, 3000), (badge.BadgeConstraints[1].RollType!.Value, badge.BadgeConstraints[1].RollValue!.Value, badge.BadgeConstraints[1].MaxEarnLimit!.Value));
        Assert.Equal((PeriodUnit.Days, 1, 300), (badge.BadgeConstraints[2].RollType!.Value, badge.BadgeConstraints[2].RollValue!.Value, badge.BadgeConstraints[2].MaxEarnLimit!.Value));
        var coupon = Assert.Single(badge.Benefits);
        Assert.Equal((BenefitType.Coupon, 13745L), (coupon.BenefitType, coupon.SeriesId!.Value));
        Assert.Empty(badge.Tags);
        Assert.Null(badge.BadgeGroupId);
        Assert.Equal(3, badge.BadgeRank);
        Assert.Equal(EarnType.IssueEarn, badge.EarnType);
        Assert.Equal(BadgeStatus.Upcoming, badge.Status);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1713850528).AddTicks(6_343_800), badge.CreatedOn);
        Assert.Equal(75086856, badge.CreatedBy);
        Assert.Equal(badge.CreatedOn, badge.LastUpdatedOn);
        Assert.Equal(75086856, badge.LastUpdatedBy);
        Assert.Empty(badge.CustomFields);
        Assert.True(badge.Active);
    }

    [Fact]
    public async Task Response_example_3_the_error_body_reads_every_error()
    {
        var exchange = new DocumentExchange(wireMock, Page);
        await exchange.AnswerAsync("POST", Path, ("Authorization", CapillaryMapping.Authorization), "response-3-errors-728-725-722", status: 400);
        using var client = Clients.Loyalty(exchange.BaseUri, o => o.UseTimeProvider(new ManualTimeProvider(Now)));

        var error = await Assert.ThrowsAsync<BadgeValidationException>(() => client.CreateBadgeAsync(Example3()));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal(
            [new BadgeError(728, "Atleast one owner is required", "ownership.restrictedToOwners"), new BadgeError(725, "Badge name cannot be duplicate", null), new BadgeError(722, "Start Date cannot be past date", null)],
            error.Errors);
        Assert.False(error.MayHaveBeenProcessed);
    }

    private async Task<CreateBadgeResult> CreateAnsweredWithAsync(string response)
    {
        var exchange = new DocumentExchange(wireMock, Page);
        await exchange.AnswerAsync("POST", Path, ("Authorization", CapillaryMapping.Authorization), response, status: 201);
        using var client = Clients.Loyalty(exchange.BaseUri, o => o.UseTimeProvider(new ManualTimeProvider(Now)));
        var result = await client.CreateBadgeAsync(Example1());
        Assert.Empty(result.Warnings);
        return result;
    }

    private static CreateBadgeRequest Build(string example) => example switch
    {
        "request-1-badge12" => Example1(),
        "request-2-issue-earn" => Example2(),
        "request-3-badge-earn" => Example3(),
        "request-4-issue-earntype" => Example4(),
        "request-5-claims-rolling" => Example5(),
        "request-6-historical" => Example6Historical(),
        _ => throw new ArgumentOutOfRangeException(nameof(example), example, null),
    };
}
