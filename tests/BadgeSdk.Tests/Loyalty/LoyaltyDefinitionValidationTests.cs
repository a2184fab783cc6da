using System.Net;
using BadgeSdk.Loyalty;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Loyalty;

/// <summary>Bad input to the badge-definition calls is refused before anything is sent; update shares create's checks but a live badge's past start is allowed.</summary>
public sealed class LoyaltyDefinitionValidationTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2024, 5, 1, 0, 0, 0, TimeSpan.Zero);
    private const string Answer = """{"data":{"id":"b-1","name":"n"},"errors":[],"warnings":[]}""";

    private readonly StubHandler _server = StubHandler.Always(HttpStatusCode.OK, Answer);
    private readonly LoyaltyClient _client;

    public LoyaltyDefinitionValidationTests()
    {
        var options = new LoyaltyClientOptions { TillId = "t", Password = "p" };
        options.UseTimeProvider(new ManualTimeProvider(Now));
        _client = new LoyaltyClient(options, _server);
    }

    public void Dispose()
    {
        _client.Dispose();
        _server.Dispose();
    }

    [Fact]
    public async Task Update_of_a_live_badge_may_keep_its_past_start()
    {
        var result = await _client.UpdateBadgeAsync(Update("b-1", Now.AddMonths(-3), Now.AddMonths(3)));

        Assert.Equal("b-1", result.Badge.Id);
        Assert.Single(_server.Requests);
    }

    [Theory]
    [InlineData(" ", 1, 2, "Id")]
    [InlineData("b-1", 2, 1, "StartOn")]
    [InlineData("b-1", -3, -1, "ExpiresOn")]
    public async Task Update_breaking_a_create_rule_is_refused_before_sending(string id, int startMonths, int endMonths, string field)
    {
        var error = await Assert.ThrowsAsync<BadgeValidationException>(() => _client.UpdateBadgeAsync(Update(id, Now.AddMonths(startMonths), Now.AddMonths(endMonths))));

        Assert.Equal(field, error.Field);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Update_without_an_owner_is_refused_like_create_728()
    {
        var request = new UpdateBadgeRequest("b-1", "n", Now.AddDays(1), Now.AddDays(2));

        var error = await Assert.ThrowsAsync<BadgeValidationException>(() => _client.UpdateBadgeAsync(request));

        Assert.Equal("Ownership.RestrictedToOwners", error.Field);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Other_calls_refuse_blank_ids_incomplete_claims_and_bad_paging()
    {
        await Assert.ThrowsAsync<BadgeValidationException>(() => _client.SetBadgeActiveAsync(" ", true));
        await Assert.ThrowsAsync<BadgeValidationException>(() => _client.ClaimBadgeAsync("b", new BadgeClaim(OwnerType.Loyalty, null)));
        await Assert.ThrowsAsync<BadgeValidationException>(() => _client.UnclaimBadgeAsync("", new BadgeClaim(OwnerType.Loyalty, "r")));
        await Assert.ThrowsAsync<ArgumentNullException>(() => _client.ClaimBadgeAsync("b", null!));
        await Assert.ThrowsAsync<BadgeValidationException>(() => _client.GetFixedWindowDetailsAsync(new GetFixedWindowDetailsRequest("")));
        await Assert.ThrowsAsync<BadgeValidationException>(() => _client.GetFixedWindowDetailsAsync(new GetFixedWindowDetailsRequest("b") { Page = -1 }));
        await Assert.ThrowsAsync<BadgeValidationException>(() => _client.GetFixedWindowDetailsAsync(new GetFixedWindowDetailsRequest("b") { StartDate = Now, EndDate = Now.AddDays(-1) }));

        Assert.Empty(_server.Requests);
    }

    private static UpdateBadgeRequest Update(string id, DateTimeOffset start, DateTimeOffset end)
        => new(id, "n", start, end) { Ownership = { RestrictedToOwners = { OwnerType.Loyalty } } };
}
