using BadgeSdk.Loyalty;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Loyalty;

/// <summary>
/// A create whose outcome is uncertain is settled by looking the name up, end to end over real
/// HTTP: never a second badge, never a plain 725 that hides the badge an earlier attempt made, and
/// never a re-send before the lookup.
/// </summary>
[Collection(WireMockGroup.Name)]
[Trait("Category", "Contract")]
public sealed class LoyaltyCreateReconcileTests(WireMockServer wireMock)
{
    private const string Path = "api_gateway/v1/badges/badgeMeta";
    private const string Name = "Reconciled Badge";
    private const string Lookup = Path + "?name=Reconciled%20Badge&page=0";
    private static readonly DateTimeOffset Now = new(2024, 5, 1, 0, 0, 0, TimeSpan.Zero);

    // Exactly what the SDK sends for Request(): no element more or less.
    private const string Body = """
        {"name":"Reconciled Badge","startOn":1717200000,"startOnISO":"2024-06-01T00:00:00.000Z","expiresOn":1733011200,"expiresOnISO":"2024-12-01T00:00:00.000Z",
         "earnedBadgeExpiry":{"expiryType":"ABSOLUTE","type":"WITH_BADGE_META","expireWithBadgeMeta":true},
         "ownership":{"restrictedToOwners":["Loyalty"]},"earnType":"EARN","active":true}
        """;

    private const string Created = """{"status":201,"headers":{"Content-Type":"application/json"},"jsonBody":{"data":{"id":"new-1","name":"Reconciled Badge","status":"UPCOMING"},"errors":[],"warnings":[]}}""";
    private const string Stored = """{"data":{"metaBasicDetails":[{"id":"stored-1","name":"Reconciled Badge Copy"},{"id":"stored-2","name":"Reconciled Badge","status":"UPCOMING"}],"pagination":{"page":0,"size":10,"total":2,"totalPages":1}},"errors":[],"warnings":[]}""";
    private const string NoneStored = """{"data":{"metaBasicDetails":[],"pagination":{"page":0,"size":10,"total":0,"totalPages":0}},"errors":[],"warnings":[]}""";
    private const string Duplicate = """{"status":400,"headers":{"Content-Type":"application/json"},"jsonBody":{"data":null,"errors":[{"code":725,"message":"Badge name cannot be duplicate","reference":null}],"warnings":null}}""";

    [Fact]
    public async Task A_reset_after_the_server_stored_the_badge_is_recovered_with_exactly_one_create_sent()
    {
        var (prefix, scenario) = Start();
        await wireMock.StubAsync(CapillaryMapping.Of("POST", prefix + Path, """{"fault":"CONNECTION_RESET_BY_PEER"}""", Body, scenario, "Started", "stored"));
        await wireMock.StubAsync(CapillaryMapping.Of("GET", prefix + Lookup, CapillaryMapping.Ok(Stored), null, scenario, "stored"));
        using var client = Client(prefix);

        var result = await client.CreateBadgeAsync(Request());

        Assert.True(result.Recovered);
        Assert.True(result.EarlierAttemptMayHaveBeenProcessed);
        Assert.Equal("stored-2", result.Badge.Id);
        Assert.Equal(Name, result.Badge.Name);
        Assert.Equal(["POST", "GET"], (await wireMock.RequestsAsync(prefix)).Select(r => r.Method));
    }

    [Fact]
    public async Task A_502_that_stored_nothing_is_looked_up_then_created_once_more()
    {
        var (prefix, scenario) = Start();
        await wireMock.StubAsync(CapillaryMapping.Of("POST", prefix + Path, """{"status":502,"body":"Bad Gateway"}""", Body, scenario, "Started", "lost"));
        await wireMock.StubAsync(CapillaryMapping.Of("GET", prefix + Lookup, CapillaryMapping.Ok(NoneStored), null, scenario, "lost", "looked"));
        await wireMock.StubAsync(CapillaryMapping.Of("POST", prefix + Path, Created, Body, scenario, "looked", "created"));
        using var client = Client(prefix);

        var result = await client.CreateBadgeAsync(Request());

        Assert.False(result.Recovered);
        Assert.True(result.EarlierAttemptMayHaveBeenProcessed);
        Assert.Equal("new-1", result.Badge.Id);
        Assert.Equal(["POST", "GET", "POST"], (await wireMock.RequestsAsync(prefix)).Select(r => r.Method));
    }

    [Fact]
    public async Task A_725_after_a_lost_attempt_brings_back_the_stored_badge_marked_recovered()
    {
        var (prefix, scenario) = Start();

        // The first attempt stored the badge but the list showed it only later.
        await wireMock.StubAsync(CapillaryMapping.Of("POST", prefix + Path, """{"status":504}""", Body, scenario, "Started", "lost"));
        await wireMock.StubAsync(CapillaryMapping.Of("GET", prefix + Lookup, CapillaryMapping.Ok(NoneStored), null, scenario, "lost", "looked"));
        await wireMock.StubAsync(CapillaryMapping.Of("POST", prefix + Path, Duplicate, Body, scenario, "looked", "visible"));
        await wireMock.StubAsync(CapillaryMapping.Of("GET", prefix + Lookup, CapillaryMapping.Ok(Stored), null, scenario, "visible"));
        using var client = Client(prefix);

        var result = await client.CreateBadgeAsync(Request());

        Assert.True(result.Recovered);
        Assert.Equal("stored-2", result.Badge.Id);
        Assert.Equal(["POST", "GET", "POST", "GET"], (await wireMock.RequestsAsync(prefix)).Select(r => r.Method));
    }

    [Fact]
    public async Task A_725_on_the_first_attempt_is_a_plain_conflict_and_nothing_is_looked_up()
    {
        var (prefix, _) = Start();
        await wireMock.StubAsync(CapillaryMapping.Of("POST", prefix + Path, Duplicate, Body));
        using var client = Client(prefix);

        var error = await Assert.ThrowsAsync<BadgeConflictException>(() => client.CreateBadgeAsync(Request()));

        Assert.Equal(725, error.ErrorCode);
        Assert.False(error.MayHaveBeenProcessed);
        Assert.Equal(["POST"], (await wireMock.RequestsAsync(prefix)).Select(r => r.Method));
    }

    [Fact]
    public async Task A_503_proves_nothing_was_stored_so_the_pipeline_retries_without_a_lookup()
    {
        var (prefix, scenario) = Start();
        await wireMock.StubAsync(CapillaryMapping.Of("POST", prefix + Path, """{"status":503}""", Body, scenario, "Started", "declined"));
        await wireMock.StubAsync(CapillaryMapping.Of("POST", prefix + Path, Created, Body, scenario, "declined"));
        using var client = Client(prefix);

        var result = await client.CreateBadgeAsync(Request());

        Assert.False(result.Recovered);
        Assert.False(result.EarlierAttemptMayHaveBeenProcessed);
        Assert.Equal(["POST", "POST"], (await wireMock.RequestsAsync(prefix)).Select(r => r.Method));
    }

    [Fact]
    public async Task A_reset_whose_lookup_fails_too_throws_the_create_error_saying_it_may_have_been_processed_and_never_resends()
    {
        var (prefix, _) = Start();
        await wireMock.StubAsync(CapillaryMapping.Of("POST", prefix + Path, """{"fault":"CONNECTION_RESET_BY_PEER"}""", Body));
        await wireMock.StubAsync(CapillaryMapping.Of("GET", prefix + Lookup, """{"status":401,"jsonBody":{"data":null,"errors":[{"code":401,"message":"Unauthorized"}]}}"""));
        using var client = Client(prefix);

        var error = await Assert.ThrowsAsync<BadgeTransientException>(() => client.CreateBadgeAsync(Request()));

        Assert.True(error.MayHaveBeenProcessed);
        Assert.Equal("CreateBadge", error.Operation);
        Assert.NotNull(error.Data["LookupError"]);
        Assert.Equal(["POST", "GET"], (await wireMock.RequestsAsync(prefix)).Select(r => r.Method));
    }

    private static CreateBadgeRequest Request() => new(Name, new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 12, 1, 0, 0, 0, TimeSpan.Zero))
    {
        Ownership = { RestrictedToOwners = { OwnerType.Loyalty } },
    };

    private static (string Prefix, string Scenario) Start() => ($"/t/{Guid.NewGuid():N}/", "s-" + Guid.NewGuid().ToString("N"));

    private LoyaltyClient Client(string prefix) => Clients.Loyalty(new Uri(wireMock.BaseUri, prefix), o => o.UseTimeProvider(new ManualTimeProvider(Now)));
}
