using System.Net;
using System.Net.Http.Headers;
using System.Text;
using BadgeSdk.Loyalty;
using BadgeSdk.Testing;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Emulator;

/// <summary>The emulated Capillary API, through the SDK (and raw HTTP for rules the SDK already enforces itself).</summary>
public sealed class LoyaltyEmulatorTests : IAsyncLifetime
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
    public async Task Creates_badges_with_unique_names_725()
    {
        var badge = (await _client.CreateBadgeAsync(NewBadge("Unique Name"))).Badge;

        var error = await Assert.ThrowsAsync<BadgeConflictException>(() => _client.CreateBadgeAsync(NewBadge("Unique Name")));

        Assert.Equal(725, error.ErrorCode);
        Assert.Equal(BadgeStatus.Upcoming, badge.Status);
        Assert.Equal(OwnerType.Loyalty, badge.RestrictedToOwners.Single());
        Assert.Single(_emulator.Loyalty.Badges);
    }

    [Theory]
    [InlineData(728, """{"name":"N1","startOnISO":"2030-01-01T00:00:00Z","expiresOnISO":"2030-02-01T00:00:00Z","ownership":{"restrictedToOwners":[]}}""")]
    [InlineData(720, """{"name":"N2","startOnISO":"2030-02-01T00:00:00Z","expiresOnISO":"2030-01-01T00:00:00Z","ownership":{"restrictedToOwners":["Loyalty"]}}""")]
    [InlineData(722, """{"name":"N3","startOn":1700000000,"expiresOnISO":"2030-01-01T00:00:00Z","ownership":{"restrictedToOwners":["Loyalty"]}}""")]
    [InlineData(724, """{"name":"N4","startOn":1600000000,"expiresOn":1700000000,"ownership":{"restrictedToOwners":["Loyalty"]}}""")]
    public async Task Documented_validation_errors(int code, string body)
    {
        using var response = await RawAsync("api_gateway/v1/badges/badgeMeta", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"code\":{code}", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Historical_import_may_start_in_the_past()
    {
        var request = new CreateBadgeRequest("Old one", DateTimeOffset.UtcNow.AddYears(-1), DateTimeOffset.UtcNow.AddYears(1)) { HistoricalImport = true, Ownership = { RestrictedToOwners = { OwnerType.HistoricalImport } } };

        Assert.Equal(BadgeStatus.Live, (await _client.CreateBadgeAsync(request)).Badge.Status);
    }

    [Fact]
    public async Task Issue_bulk_enrols_then_reports_1040_for_repeats()
    {
        var badge = (await _client.CreateBadgeAsync(NewBadge("Bulk"))).Badge;
        var first = await _client.IssueBulkAsync(new IssueBulkRequest(badge.Id, [1, 2]) { EventDate = badge.StartOn!.Value.AddDays(1) });

        var second = await _client.IssueBulkAsync(new IssueBulkRequest(badge.Id, [2, 3]) { EventDate = badge.StartOn!.Value.AddDays(1) });

        Assert.True(first.AllEnrolled);
        Assert.True(second.Customers[0].IsAlreadyEnrolled);
        Assert.Equal(EnrolmentOutcome.Enrolled, second.Customers[1].Outcome);
        Assert.Equal(3, _emulator.Loyalty.Enrolments.Count);
    }

    [Fact]
    public async Task Reused_request_id_is_809()
    {
        var badge = (await _client.CreateBadgeAsync(NewBadge("Requests"))).Badge;
        await _client.IssueBulkAsync(new IssueBulkRequest(badge.Id, [1]) { RequestId = "same", EventDate = badge.StartOn!.Value.AddDays(1) });

        var error = await Assert.ThrowsAsync<BadgeConflictException>(() => _client.IssueBulkAsync(new IssueBulkRequest(badge.Id, [2]) { RequestId = "same", EventDate = badge.StartOn!.Value.AddDays(1) }));

        Assert.Equal(809, error.ErrorCode);
    }

    [Fact]
    public async Task Lost_answer_then_809_on_the_retry_is_already_processed()
    {
        var badge = (await _client.CreateBadgeAsync(NewBadge("Lost"))).Badge;
        _emulator.Faults.ResetNext(1, afterProcessing: true, pathContains: "issueBulk");

        await Assert.ThrowsAsync<BadgeAlreadyProcessedException>(() => _client.IssueBulkAsync(new IssueBulkRequest(badge.Id, [5, 6]) { EventDate = badge.StartOn!.Value.AddDays(1) }));

        Assert.Equal(2, _emulator.Loyalty.Enrolments.Count);
    }

    [Fact]
    public async Task Event_date_outside_the_badge_is_816()
    {
        var badge = (await _client.CreateBadgeAsync(NewBadge("Dates"))).Badge;

        var error = await Assert.ThrowsAsync<BadgeValidationException>(() => _client.IssueBulkAsync(new IssueBulkRequest(badge.Id, [1]) { EventDate = badge.ExpiresOn!.Value.AddDays(1) }));

        Assert.Equal(816, error.ErrorCode);
        Assert.Empty(_emulator.Loyalty.Enrolments);
    }

    [Fact]
    public async Task OAuth_token_is_fetched_once_for_many_calls()
    {
        using var oauth = _emulator.CreateLoyaltyClient(Clients.Shorten, useOAuth: true);

        await oauth.CreateBadgeAsync(NewBadge("OAuth 1"));
        await oauth.CreateBadgeAsync(NewBadge("OAuth 2"));

        Assert.Equal(1, _emulator.Loyalty.TokenRequests);
    }

    [Fact]
    public async Task Wrong_basic_credentials_are_refused()
    {
        using var wrong = _emulator.CreateLoyaltyClient(o => o.Password = "nope");

        await Assert.ThrowsAsync<BadgeAuthenticationException>(() => wrong.CreateBadgeAsync(NewBadge("Never")));
    }

    private static CreateBadgeRequest NewBadge(string name)
        => new(name, DateTimeOffset.UtcNow.AddDays(1), DateTimeOffset.UtcNow.AddDays(60)) { Ownership = { RestrictedToOwners = { OwnerType.Loyalty } } };

    private async Task<HttpResponseMessage> RawAsync(string path, string json)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_emulator.BaseAddress, path)) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        var md5 = BadgeSdk.Loyalty.Auth.CapillaryBasicAuthenticator.Md5Hex(_emulator.Options.LoyaltyPassword);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_emulator.Options.LoyaltyTillId}:{md5}")));
        return await http.SendAsync(request);
    }
}
