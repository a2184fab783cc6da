using BadgeSdk.Loyalty;
using BadgeSdk.Testing;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Emulator;

/// <summary>Badge definitions against the emulated Capillary API, through the SDK: read, list and page, find, update, activate, claim, and the reconciled create under injected resets.</summary>
public sealed class LoyaltyEmulatorDefinitionTests : IAsyncLifetime
{
    private BadgeEmulator _emulator = null!;
    private LoyaltyClient _client = null!;

    public async Task InitializeAsync()
    {
        _emulator = await BadgeEmulator.StartAsync();
        _client = _emulator.CreateLoyaltyClient(Clients.Shorten);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task Get_update_activate_claim_and_unclaim_round_trip()
    {
        var created = (await _client.CreateBadgeAsync(NewBadge("Round trip"))).Badge;

        var read = await _client.GetBadgeAsync(created.Id);
        var update = new UpdateBadgeRequest(created.Id, "Round trip 2", read.StartOn!.Value, read.ExpiresOn!.Value.AddDays(10))
        {
            Description = "changed",
            Ownership = { RestrictedToOwners = { OwnerType.Loyalty, OwnerType.Milestones } },
        };
        var updated = (await _client.UpdateBadgeAsync(update)).Badge;
        var deactivated = await _client.SetBadgeActiveAsync(created.Id, false);
        var claim = await _client.ClaimBadgeAsync(created.Id, new BadgeClaim(OwnerType.Milestones, "m-1"));
        var unclaim = await _client.UnclaimBadgeAsync(created.Id, new BadgeClaim(OwnerType.Milestones, "m-1"));
        var final = await _client.GetBadgeAsync(created.Id);

        Assert.Equal("Round trip", read.Name);
        Assert.Equal(created.Id, updated.Id);
        Assert.Equal("changed", updated.Description);
        Assert.Equal(new BadgeActivation(created.Id, false), deactivated);
        Assert.True(claim.IsActive);
        Assert.False(unclaim.IsActive);
        Assert.Equal("Round trip 2", final.Name);
        Assert.False(final.Active);
        Assert.Equal([new BadgeClaim(OwnerType.Milestones, "m-1") { IsActive = false }], final.Claims);
        Assert.Equal("Round trip 2", Assert.Single(_emulator.Loyalty.Badges).Name);
    }

    [Fact]
    public async Task Unknown_ids_and_bad_claims_fail_typed()
    {
        var created = (await _client.CreateBadgeAsync(NewBadge("Claims"))).Badge;

        await Assert.ThrowsAsync<BadgeNotFoundException>(() => _client.GetBadgeAsync("nope"));
        await Assert.ThrowsAsync<BadgeNotFoundException>(() => _client.SetBadgeActiveAsync("nope", true));
        Assert.Equal(400, (await Assert.ThrowsAsync<BadgeValidationException>(() => _client.ClaimBadgeAsync(created.Id, new BadgeClaim(new OwnerType("LOYALTY"), "1")))).ErrorCode);
        Assert.Equal(714, (await Assert.ThrowsAsync<BadgeValidationException>(() => _client.ClaimBadgeAsync(created.Id, new BadgeClaim(OwnerType.Journeys, "1")))).ErrorCode);
        await Assert.ThrowsAsync<BadgeValidationException>(() => _client.UnclaimBadgeAsync(created.Id, new BadgeClaim(OwnerType.Loyalty, "never-claimed")));
    }

    [Fact]
    public async Task Update_to_another_badges_name_is_725_and_moving_a_live_start_is_723()
    {
        var first = (await _client.CreateBadgeAsync(NewBadge("First"))).Badge;
        await _client.CreateBadgeAsync(NewBadge("Second"));
        var live = (await _client.CreateBadgeAsync(new CreateBadgeRequest("Live", DateTimeOffset.UtcNow.AddDays(-3), DateTimeOffset.UtcNow.AddDays(30)) { HistoricalImport = true, Ownership = { RestrictedToOwners = { OwnerType.Loyalty } } })).Badge;

        var duplicate = await Assert.ThrowsAsync<BadgeConflictException>(() => _client.UpdateBadgeAsync(Update(first, "Second", first.StartOn!.Value)));
        var moved = await Assert.ThrowsAsync<BadgeValidationException>(() => _client.UpdateBadgeAsync(Update(live, "Live", live.StartOn!.Value.AddDays(1))));

        Assert.Equal(725, duplicate.ErrorCode);
        Assert.Equal(723, moved.ErrorCode);
    }

    [Fact]
    public async Task List_pages_and_find_is_exact_although_the_name_filter_is_loose()
    {
        foreach (var name in new[] { "Pager 1", "Pager 2", "pager 3", "Pager 4", "Pager" })
        {
            await _client.CreateBadgeAsync(NewBadge(name));
        }

        var all = await _client.ListBadgesAsync(new ListBadgesRequest { Name = "pager", PageSize = 2 }).Select(b => b.Name).ToListAsync();
        var lastPage = await _client.ListBadgesPageAsync(new ListBadgesRequest { Name = "pager", PageSize = 2 }, 2);

        Assert.Equal(["Pager 1", "Pager 2", "pager 3", "Pager 4", "Pager"], all);
        Assert.Equal((2, 5L, 3, false), (lastPage.Page, lastPage.Total, lastPage.TotalPages, lastPage.HasMore));
        Assert.Equal("Pager", (await _client.FindBadgeByNameAsync("Pager"))!.Name);
        Assert.Null(await _client.FindBadgeByNameAsync("PAGER"));
    }

    [Fact]
    public async Task A_create_reset_after_it_was_stored_is_recovered_without_a_second_badge()
    {
        _emulator.Faults.ResetNext(1, afterProcessing: true, pathContains: "badgeMeta");

        var result = await _client.CreateBadgeAsync(NewBadge("Reset after"));

        Assert.True(result.Recovered);
        Assert.Equal(Assert.Single(_emulator.Loyalty.Badges).Id, result.Badge.Id);
    }

    [Fact]
    public async Task A_create_reset_before_it_was_stored_is_looked_up_then_created_once()
    {
        _emulator.Faults.ResetNext(1, afterProcessing: false, pathContains: "badgeMeta");

        var result = await _client.CreateBadgeAsync(NewBadge("Reset before"));

        Assert.False(result.Recovered);
        Assert.True(result.EarlierAttemptMayHaveBeenProcessed);
        Assert.Equal(Assert.Single(_emulator.Loyalty.Badges).Id, result.Badge.Id);
    }

    private static CreateBadgeRequest NewBadge(string name)
        => new(name, DateTimeOffset.UtcNow.AddDays(1), DateTimeOffset.UtcNow.AddDays(60)) { Ownership = { RestrictedToOwners = { OwnerType.Loyalty } } };

    private static UpdateBadgeRequest Update(BadgeDefinition badge, string name, DateTimeOffset start)
        => new(badge.Id, name, start, badge.ExpiresOn!.Value) { Ownership = { RestrictedToOwners = { OwnerType.Loyalty } } };
}
