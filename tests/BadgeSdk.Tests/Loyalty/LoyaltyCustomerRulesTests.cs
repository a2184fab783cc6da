using System.Net;
using BadgeSdk.Loyalty;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Loyalty;

/// <summary>
/// The customer operations' documented rules, checked before sending (nothing reaches the handler),
/// and the code table that types Capillary's answers. In memory, no WireMock.
/// </summary>
public sealed class LoyaltyCustomerRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly BadgeTrigger Trigger = new(OwnerType.Loyalty, "ref");

    public static TheoryData<string, Func<LoyaltyClient, Task>> Refused => new()
    {
        { "EventDate", c => c.EarnBadgeAsync(new EarnBadgeRequest("b", 1, Trigger) { EventDate = Now.AddHours(24).AddSeconds(1) }) },
        { "EventDate", c => c.EarnBulkAsync(new EarnBulkRequest("b", [1], Trigger) { EventDate = Now.AddDays(2) }) },
        { "RequestId", c => c.EarnBadgeAsync(new EarnBadgeRequest("b", 1, Trigger) { RequestId = " " }) },
        { "CustomerId", c => c.EarnBadgeAsync(new EarnBadgeRequest("b", 0, Trigger)) },
        { "TriggeredBy.ReferenceId", c => c.EarnBadgeAsync(new EarnBadgeRequest("b", 1, new BadgeTrigger(OwnerType.Loyalty, null))) },
        { "BadgeId", c => c.EarnBadgeAsync(new EarnBadgeRequest(" ", 1, Trigger)) },
        { "CustomerIds", c => c.EarnBulkAsync(new EarnBulkRequest("b", [1, 1], Trigger)) },
        { "CustomerIds", c => c.EarnBulkAsync(new EarnBulkRequest("b", [], Trigger)) },
        { "CustomerIds", c => c.RevokeEnrolmentAsync(new RevokeEnrolmentRequest("b")) },
        { "Issuals.IssueId", c => c.RevokeEnrolmentAsync(new RevokeEnrolmentRequest("b") { Issuals = { new(1, "") } }) },
        { "Customer", c => c.RevokeEarnAsync(new RevokeEarnRequest("b", new CustomerKey("a@b.c"), "e")) },
        { "EarnedBadgeId", c => c.RevokeEarnAsync(new RevokeEarnRequest("b", CustomerKey.FromId(1), " ")) },
        { "Badges", c => c.ImportEarnedBadgesAsync(new ImportEarnedBadgesRequest([])) },
        { "Badges[0].ExpiresOn", c => c.ImportEarnedBadgesAsync(new ImportEarnedBadgesRequest([new("b", 1, Now, Now)])) },
        { "Customer", c => c.GetCustomerBadgesAsync(new GetCustomerBadgesRequest(new CustomerKey("-5"))) },
        { "customer", c => c.GetCustomerBadgeAsync(new CustomerKey(" ", CustomerIdentifier.Email), "b") },
        { "PageSize", c => c.ListCustomerBadgesPageAsync(new ListCustomerBadgesRequest(CustomerKey.FromId(1)) { PageSize = 0 }) },
        { "page", c => c.ListCustomerBadgesPageAsync(new ListCustomerBadgesRequest(CustomerKey.FromId(1)), -1) },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Documented_rules_are_checked_before_sending(string field, Func<LoyaltyClient, Task> call)
    {
        using var handler = StubHandler.Always(HttpStatusCode.OK);
        using var client = Client(handler);

        var error = await Assert.ThrowsAsync<BadgeValidationException>(() => call(client));

        Assert.Equal(field, error.Field);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task An_event_exactly_24_hours_ahead_is_sent()
    {
        using var handler = StubHandler.Always(HttpStatusCode.OK, """{"data":{"badgeMetaId":"b","customerId":1,"earnedBadgeId":"e"},"errors":[],"warnings":[]}""");
        using var client = Client(handler);

        var result = await client.EarnBadgeAsync(new EarnBadgeRequest("b", 1, Trigger) { EventDate = Now.AddHours(24) });

        Assert.Equal("e", result.EarnedBadgeId);
        Assert.Single(handler.Requests);
    }

    [Theory]
    [InlineData(1040, HttpStatusCode.OK, typeof(BadgeConflictException))]
    [InlineData(814, HttpStatusCode.Conflict, typeof(BadgeNotFoundException))]
    [InlineData(1054, HttpStatusCode.OK, typeof(BadgeNotFoundException))]
    [InlineData(810, HttpStatusCode.Conflict, typeof(BadgeValidationException))]
    [InlineData(811, HttpStatusCode.Conflict, typeof(BadgeValidationException))]
    [InlineData(816, HttpStatusCode.BadRequest, typeof(BadgeValidationException))]
    [InlineData(1051, HttpStatusCode.OK, typeof(BadgeValidationException))]
    [InlineData(809, HttpStatusCode.BadRequest, typeof(BadgeConflictException))]
    [InlineData(999999, HttpStatusCode.InternalServerError, typeof(BadgeApiException))]
    public async Task Every_documented_code_is_typed_in_one_table(int code, HttpStatusCode status, Type expected)
    {
        using var handler = StubHandler.Always(status, $$"""{"data":null,"errors":[{"code":{{code}},"message":"m","reference":null}],"warnings":null}""");
        using var client = Client(handler, retries: 0);

        var error = await Assert.ThrowsAnyAsync<BadgeApiException>(() => client.RevokeEarnAsync(new RevokeEarnRequest("b", CustomerKey.FromId(1), "e")));

        Assert.Equal(expected, error.GetType());
        Assert.Equal(code, error.ErrorCode);
    }

    private static LoyaltyClient Client(StubHandler handler, int? retries = null)
    {
        var options = new LoyaltyClientOptions { BaseAddress = new Uri("https://capillary.test/"), TillId = "till", Password = "secret" };
        Clients.Shorten(options);
        options.UseTimeProvider(new ManualTimeProvider(Now));
        if (retries is { } r)
        {
            options.Retry.MaxRetries = r;
        }

        return new LoyaltyClient(options, handler);
    }
}
