using BadgeSdk.Loyalty;
using BadgeSdk.Testing;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Emulator;

/// <summary>The customer side against the emulated Capillary API, through the SDK: the whole lifecycle, and the documented earn rules (810, 811, 809, 814, 1051).</summary>
public sealed class LoyaltyEmulatorCustomerTests : IAsyncLifetime
{
    private static readonly BadgeTrigger Trigger = new(OwnerType.Loyalty, "ref-1");

    private BadgeEmulator _emulator = null!;
    private LoyaltyClient _client = null!;

    public async Task InitializeAsync()
    {
        _emulator = await BadgeEmulator.StartAsync();
        _client = _emulator.CreateLoyaltyClient(o =>
        {
            Clients.Shorten(o);
            o.IssueBulkChunkSize = 2;
        });
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task Lifecycle_create_get_update_claim_enrol_earn_list_revoke_and_deactivate()
    {
        var created = (await _client.CreateBadgeAsync(NewBadge("Lifecycle"))).Badge;
        var read = await _client.GetBadgeAsync(created.Id);
        var updated = (await _client.UpdateBadgeAsync(new UpdateBadgeRequest(created.Id, "Lifecycle 2", read.StartOn!.Value, read.ExpiresOn!.Value)
        {
            EarnType = EarnType.IssueEarn,
            Ownership = { RestrictedToOwners = { OwnerType.Loyalty } },
        })).Badge;
        await _client.ClaimBadgeAsync(created.Id, new BadgeClaim(OwnerType.Loyalty, "ref-1"));
        await _client.IssueBulkAsync(new IssueBulkRequest(created.Id, [501]) { EventDate = read.StartOn.Value.AddMinutes(1) });
        var earned = await _client.EarnBadgeAsync(new EarnBadgeRequest(created.Id, 501, Trigger) { RequestId = "earn-1", EventDate = read.StartOn.Value.AddMinutes(1) });

        var ofCustomer = await _client.GetCustomerBadgesAsync(new GetCustomerBadgesRequest(CustomerKey.FromId(501)) { BadgeType = CustomerBadgeType.Earned });
        var listed = await ToListAsync(_client.ListCustomerBadgesAsync(new ListCustomerBadgesRequest(CustomerKey.FromId(501))));
        var details = await _client.GetCustomerBadgeAsync(CustomerKey.FromId(501), created.Id, includeStatistics: true);
        var revokedEarn = await _client.RevokeEarnAsync(new RevokeEarnRequest(created.Id, CustomerKey.FromId(501), earned.EarnedBadgeId!));
        var revokedEnrolment = await _client.RevokeEnrolmentAsync(new RevokeEnrolmentRequest(created.Id) { CustomerIds = { 501 } });
        var afterRevoke = await _client.GetCustomerBadgeAsync(CustomerKey.FromId(501), created.Id);
        var deactivated = await _client.SetBadgeActiveAsync(created.Id, false);

        Assert.Equal("Lifecycle 2", updated.Name);
        Assert.False(earned.AlreadyProcessed);
        Assert.Equal("earn-1", earned.RequestId);
        var mine = Assert.Single(ofCustomer.Badges);
        Assert.Equal((created.Id, 1L), (mine.Badge.Id, mine.EarnedCount!.Value));
        Assert.Equal(read.StartOn.Value.AddMinutes(1), mine.LastEarnedOn);
        Assert.Equal((created.Id, 1L), (Assert.Single(listed).BadgeId, listed[0].EarnCount!.Value));
        Assert.Equal((1L, 1L, EarnType.IssueEarn), (details.ActiveEarnedCount!.Value, details.IssuedCount!.Value, details.BadgeType!.Value));
        Assert.Equal([OwnerType.Loyalty], details.ClaimedBy);
        Assert.False(revokedEarn.IsActive);
        Assert.True(Assert.Single(revokedEnrolment.Customers).Revoked);
        Assert.Equal((0L, "REVOKED"), (afterRevoke.ActiveEarnedCount!.Value, Assert.Single(afterRevoke.Issuals).IssuedStatus!));
        Assert.Equal(new BadgeActivation(created.Id, false), deactivated);
        Assert.True(Assert.Single(_emulator.Loyalty.Earns).Revoked);
    }

    [Fact]
    public async Task Earn_rules_claim_first_same_reference_issue_first_and_no_reused_request_id()
    {
        var badge = await StartedBadgeAsync("Rules", EarnType.IssueEarn);
        var at = badge.StartOn!.Value.AddMinutes(1);

        var unclaimed = await Assert.ThrowsAsync<BadgeValidationException>(() => _client.EarnBadgeAsync(new EarnBadgeRequest(badge.Id, 7, Trigger) { EventDate = at }));
        await _client.ClaimBadgeAsync(badge.Id, new BadgeClaim(OwnerType.Loyalty, "ref-1"));
        var otherReference = await Assert.ThrowsAsync<BadgeValidationException>(() => _client.EarnBadgeAsync(new EarnBadgeRequest(badge.Id, 7, new BadgeTrigger(OwnerType.Loyalty, "ref-2")) { EventDate = at }));
        var notIssued = await Assert.ThrowsAsync<BadgeValidationException>(() => _client.EarnBadgeAsync(new EarnBadgeRequest(badge.Id, 7, Trigger) { EventDate = at }));
        await _client.IssueBulkAsync(new IssueBulkRequest(badge.Id, [7]) { EventDate = at });
        await _client.EarnBadgeAsync(new EarnBadgeRequest(badge.Id, 7, Trigger) { RequestId = "once", EventDate = at });
        var repeat = await Assert.ThrowsAsync<BadgeConflictException>(() => _client.EarnBadgeAsync(new EarnBadgeRequest(badge.Id, 7, Trigger) { RequestId = "once", EventDate = at }));

        Assert.Equal([810, 810, 811, 809], new[] { unclaimed, otherReference, notIssued, (BadgeApiException)repeat }.Select(e => e.ErrorCode!.Value));
        Assert.Single(_emulator.Loyalty.Earns);
    }

    [Fact]
    public async Task Earn_bulk_in_chunks_reports_each_customer_with_the_emulators_per_customer_811()
    {
        var badge = await StartedBadgeAsync("Bulk", EarnType.IssueEarn);
        await _client.ClaimBadgeAsync(badge.Id, new BadgeClaim(OwnerType.Loyalty, "ref-1"));
        Assert.True((await _client.IssueBulkAsync(new IssueBulkRequest(badge.Id, [1, 2, 4]) { EventDate = badge.StartOn!.Value.AddMinutes(1) })).AllEnrolled);

        var result = await _client.EarnBulkAsync(new EarnBulkRequest(badge.Id, [1, 2, 3, 4, 5], Trigger) { EventDate = badge.StartOn!.Value.AddMinutes(1) });

        Assert.Equal(
            [(1L, EarnOutcome.Earned), (2L, EarnOutcome.Earned), (3L, EarnOutcome.Failed), (4L, EarnOutcome.Earned), (5L, EarnOutcome.Failed)],
            result.Customers.Select(c => (c.CustomerId, c.Outcome)));
        Assert.All(result.Failed, c => Assert.Equal(811, c.Error!.Code));
        Assert.Equal(3, result.Customers.Select(c => c.RequestId).Distinct().Count());
        Assert.Equal([1L, 2L, 4L], _emulator.Loyalty.Earns.Select(e => e.CustomerId).Order());
    }

    [Fact]
    public async Task Revocations_that_find_nothing_fail_typed_and_customers_can_be_addressed_by_email()
    {
        var badge = await StartedBadgeAsync("Revoke", EarnType.Earn);
        await _client.ClaimBadgeAsync(badge.Id, new BadgeClaim(OwnerType.Loyalty, "ref-1"));
        var earned = await _client.EarnBadgeAsync(new EarnBadgeRequest(badge.Id, 9, Trigger) { EventDate = badge.StartOn!.Value.AddMinutes(1) });
        _emulator.Loyalty.AddCustomerIdentifier("email", "a+b@example.com", 9);

        var byEmail = await _client.GetCustomerBadgeAsync(new CustomerKey("a+b@example.com", CustomerIdentifier.Email), badge.Id);
        var revoked = await _client.RevokeEarnAsync(new RevokeEarnRequest(badge.Id, new CustomerKey("a+b@example.com", CustomerIdentifier.Email), earned.EarnedBadgeId!));
        var again = await Assert.ThrowsAsync<BadgeNotFoundException>(() => _client.RevokeEarnAsync(new RevokeEarnRequest(badge.Id, CustomerKey.FromId(9), earned.EarnedBadgeId!)));
        var notEnrolled = await _client.RevokeEnrolmentAsync(new RevokeEnrolmentRequest(badge.Id) { CustomerIds = { 9 } });

        Assert.Equal(1, byEmail.ActiveEarnedCount);
        Assert.False(revoked.IsActive);
        Assert.Equal(814, again.ErrorCode);
        Assert.Equal(404, Assert.Single(notEnrolled.Failed).Error!.Code);
    }

    [Fact]
    public async Task Import_records_earns_and_reports_an_unknown_badge_per_element()
    {
        var badge = await StartedBadgeAsync("Import", EarnType.Earn);
        var at = badge.StartOn!.Value.AddMinutes(1);

        var result = await _client.ImportEarnedBadgesAsync(new ImportEarnedBadgesRequest([new(badge.Id, 11, at, at.AddDays(30)), new("unknown", 12, at, at.AddDays(30))]));

        Assert.Equal(badge.Id, result.Badges[0].BadgeId);
        Assert.Equal(1054, Assert.Single(Assert.Single(result.Failed).Errors).Code);
        Assert.Equal(11, Assert.Single(_emulator.Loyalty.Earns).CustomerId);
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    private static CreateBadgeRequest NewBadge(string name, EarnType? earnType = null)
        => new(name, DateTimeOffset.UtcNow.AddSeconds(1), DateTimeOffset.UtcNow.AddDays(60))
        {
            EarnType = earnType ?? EarnType.IssueEarn,
            Ownership = { RestrictedToOwners = { OwnerType.Loyalty } },
        };

    private async Task<BadgeDefinition> StartedBadgeAsync(string name, EarnType earnType)
        => (await _client.CreateBadgeAsync(NewBadge(name, earnType))).Badge;
}
