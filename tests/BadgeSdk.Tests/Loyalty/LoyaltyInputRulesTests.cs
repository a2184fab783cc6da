using System.Net;
using BadgeSdk.Loyalty;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Loyalty;

/// <summary>
/// Capillary customer ids are positive, and no text field carries a lone UTF-16 surrogate (it
/// would reach Capillary as U+FFFD): refused before sending, naming the field. In memory, no WireMock.
/// </summary>
public sealed class LoyaltyInputRulesTests
{
    private const string Lone = "\uD83D";
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(new long[] { 0 })]
    [InlineData(new long[] { -1 })]
    [InlineData(new long[] { 1, 2, long.MinValue })]
    public async Task Customer_id_must_be_positive(long[] customers)
    {
        using var handler = StubHandler.Always(HttpStatusCode.OK);
        using var client = Client(handler);

        var error = await Assert.ThrowsAsync<BadgeValidationException>(() => client.IssueBulkAsync(new IssueBulkRequest("badge-1", customers)));

        Assert.Equal("CustomerIds", error.Field);
        Assert.Contains("positive", error.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    public static TheoryData<string, Func<IssueBulkRequest>> BulkLoneSurrogates => new()
    {
        { "BadgeId", () => new IssueBulkRequest("badge" + Lone, [1]) },
        { "RequestId", () => new IssueBulkRequest("badge-1", [1]) { RequestId = "campaign-" + Lone } },
        { "TriggeredBy.ReferenceId", () => new IssueBulkRequest("badge-1", [1]) { TriggeredBy = new BadgeTrigger(OwnerType.Loyalty, "ref" + Lone) } },
        { "TriggeredBy.OwnerType", () => new IssueBulkRequest("badge-1", [1]) { TriggeredBy = new BadgeTrigger(new OwnerType("Loyalty" + Lone), "ref") } },
    };

    [Theory]
    [MemberData(nameof(BulkLoneSurrogates))]
    public async Task Bulk_text_with_a_lone_surrogate_is_refused(string field, Func<IssueBulkRequest> request)
    {
        using var handler = StubHandler.Always(HttpStatusCode.OK);
        using var client = Client(handler);

        var error = await Assert.ThrowsAsync<BadgeValidationException>(() => client.IssueBulkAsync(request()));

        Assert.Equal(field, error.Field);
        Assert.StartsWith(field + ":", error.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    public static TheoryData<string, Action<CreateBadgeRequest>> CreateLoneSurrogates => new()
    {
        { "Description", r => r.Description = "d" + Lone },
        { "BadgeGroupId", r => r.BadgeGroupId = Lone },
        { "CustomFields[colour]", r => r.CustomFields["colour"] = "red" + Lone },
        { "CustomFields", r => r.CustomFields["colour" + Lone] = "red" },
        { "Tags[0].Name", r => r.Tags.Add(new BadgeTag("n" + Lone, "v")) },
        { "Tags[0].Value", r => r.Tags.Add(new BadgeTag("n", "v" + Lone)) },
        { "Images[0].Name", r => r.Images.Add(new BadgeImageLink("i" + Lone, null, null, null)) },
        { "Images[0].FileSvcHandle", r => r.Images.Add(new BadgeImageLink(null, "h" + Lone, null, null)) },
        { "Images[0].Url", r => r.Images.Add(new BadgeImageLink(null, null, "https://x.test/" + Lone, null)) },
        { "Images[0].Tag", r => r.Images.Add(new BadgeImageLink(null, null, null, new ImageTag("t" + Lone))) },
        { "Ownership.RestrictedToOwners[1]", r => r.Ownership.RestrictedToOwners.Add(new OwnerType("o" + Lone)) },
        { "Ownership.Claims[0].OwnerType", r => r.Ownership.Claims.Add(new BadgeClaim(new OwnerType("o" + Lone), "ref")) },
        { "Ownership.Claims[0].ReferenceId", r => r.Ownership.Claims.Add(new BadgeClaim(OwnerType.Loyalty, "ref" + Lone)) },
        { "Ownership.Claims[0].BadgeMetaId", r => r.Ownership.Claims.Add(new BadgeClaim(OwnerType.Loyalty, "ref") { BadgeMetaId = Lone }) },
        { "EarnType", r => r.EarnType = new EarnType("e" + Lone) },
        { "EarnedBadgeExpiry.RelativeUnit", r => r.EarnedBadgeExpiry = BadgeExpiry.Relative(new PeriodUnit("d" + Lone), 3) },
        { "IssuedBadgeExpiry.RelativeUnit", r => r.IssuedBadgeExpiry = BadgeExpiry.Relative(new PeriodUnit("d" + Lone), 3) },
        { "CustomerConstraints[0].DurationType", r => r.CustomerConstraints.Add(CustomerConstraint.FixedWindow(new DurationType("m" + Lone), 1)) },
        { "BadgeConstraints[0].RollType", r => r.BadgeConstraints.Add(BadgeConstraint.RollingWindow(new PeriodUnit("d" + Lone), 1, 5)) },
    };

    [Theory]
    [MemberData(nameof(CreateLoneSurrogates))]
    public void Badge_text_with_a_lone_surrogate_is_refused(string field, Action<CreateBadgeRequest> spoil)
    {
        var request = Valid();
        spoil(request);

        var error = Assert.Throws<BadgeValidationException>(() => CreateBadgeValidator.Validate(request, Now));

        Assert.Equal(field, error.Field);
        Assert.StartsWith(field + ":", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Badge_name_with_a_lone_surrogate_is_refused_before_sending()
    {
        using var handler = StubHandler.Always(HttpStatusCode.OK);
        using var client = Client(handler);

        var error = await Assert.ThrowsAsync<BadgeValidationException>(() => client.CreateBadgeAsync(
            new CreateBadgeRequest("BADGE" + Lone, DateTimeOffset.UtcNow.AddDays(1), DateTimeOffset.UtcNow.AddDays(30)) { Ownership = { RestrictedToOwners = { OwnerType.Loyalty } } }));

        Assert.Equal("Name", error.Field);
        Assert.Empty(handler.Requests);
    }

    private static LoyaltyClient Client(HttpMessageHandler handler)
    {
        var options = new LoyaltyClientOptions { BaseAddress = new Uri("https://capillary.test/"), TillId = "till.one", Password = "pw" };
        Clients.Shorten(options);
        return new LoyaltyClient(options, handler);
    }

    private static CreateBadgeRequest Valid()
        => new("B", Now.AddDays(1), Now.AddDays(30)) { Ownership = { RestrictedToOwners = { OwnerType.Loyalty } } };
}
