using BadgeSdk.Issuance;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Issuance;

/// <summary>IssueBadge rejects a reused key: after a lost attempt, that rejection must read as "probably issued".</summary>
[Collection(WireMockGroup.Name)]
[Trait("Category", "Contract")]
public sealed class IssuanceIdempotencyTests(WireMockServer wireMock)
{
    private const string Rejection = """{"status":422,"jsonBody":{"success":false,"message":"The idempotency key has already been used."}}""";

    [Theory]
    [InlineData("""{"fixedDelayMilliseconds":1500,"status":200,"jsonBody":{"success":true,"IssueId":"late","publicUrl":"https://x/v/late"}}""")]
    [InlineData("""{"fault":"CONNECTION_RESET_BY_PEER"}""")]
    public async Task Rejected_retry_after_a_lost_attempt_is_probably_issued_with_the_original_key(string lostAttempt)
    {
        var prefix = $"/t/{Guid.NewGuid():N}/api/v1/";
        var scenario = "s-" + Guid.NewGuid().ToString("N");
        await wireMock.StubAsync(Mapping.Of("POST", prefix + "issue/create", lostAttempt, scenario, "Started", "lost"));
        await wireMock.StubAsync(Mapping.Of("POST", prefix + "issue/create", Rejection, scenario, "lost"));
        using var client = Clients.Issuance(new Uri(wireMock.BaseUri, prefix), o => o.AttemptTimeout = TimeSpan.FromMilliseconds(500));

        var error = await Assert.ThrowsAsync<BadgeProbablyIssuedException>(() => client.IssueBadgeAsync(new IssueBadgeRequest("abc123", "John Doe") { Email = "john@example.com" }));

        var journal = await wireMock.RequestsAsync(prefix);
        Assert.Equal(2, journal.Count);
        var keys = journal.Select(r => r.Json.GetProperty("idempotency_key").GetString()).Distinct().ToList();
        Assert.Equal(error.IdempotencyKey, Assert.Single(keys));
        Assert.Contains("probably issued", error.Message, StringComparison.Ordinal);
        Assert.Equal("The idempotency key has already been used.", error.ServerMessage);
    }

    [Fact]
    public async Task Rejection_on_the_first_attempt_is_a_plain_failure()
    {
        var prefix = $"/t/{Guid.NewGuid():N}/api/v1/";
        await wireMock.StubAsync(Mapping.Of("POST", prefix + "issue/create", Rejection));
        using var client = Clients.Issuance(new Uri(wireMock.BaseUri, prefix));

        var error = await Assert.ThrowsAsync<BadgeValidationException>(() => client.IssueBadgeAsync(new IssueBadgeRequest("abc123", "John Doe") { IdempotencyKey = "rerun-key-1" }));

        Assert.Equal("rerun-key-1", error.IdempotencyKey);
        Assert.Single(await wireMock.RequestsAsync(prefix));
    }

    [Fact]
    public async Task Success_false_naming_the_callers_own_key_on_http_200_is_a_conflict()
    {
        var prefix = $"/t/{Guid.NewGuid():N}/api/v1/";
        await wireMock.StubAsync(Mapping.Of("POST", prefix + "issue/create", """{"status":200,"jsonBody":{"success":false,"message":"Duplicate idempotency_key"}}"""));
        using var client = Clients.Issuance(new Uri(wireMock.BaseUri, prefix));

        // The caller's key may have been used by another of the caller's calls: a plain conflict.
        var error = await Assert.ThrowsAsync<BadgeConflictException>(() => client.IssueBadgeAsync(new IssueBadgeRequest("abc123", "John Doe") { IdempotencyKey = "callers-key-1" }));

        Assert.Equal(200, error.StatusCode);
        Assert.False(error.MayHaveBeenProcessed);
    }

    [Fact]
    public async Task A_rejected_key_the_SDK_made_for_this_call_means_an_earlier_send_arrived()
    {
        var prefix = $"/t/{Guid.NewGuid():N}/api/v1/";
        await wireMock.StubAsync(Mapping.Of("POST", prefix + "issue/create", """{"status":200,"jsonBody":{"success":false,"message":"Duplicate idempotency_key"}}"""));
        using var client = Clients.Issuance(new Uri(wireMock.BaseUri, prefix));

        // Only one attempt is in the SDK's log (a connection's silent resend is invisible to it), yet
        // only this call can have used its freshly generated key.
        var error = await Assert.ThrowsAsync<BadgeProbablyIssuedException>(() => client.IssueBadgeAsync(new IssueBadgeRequest("abc123", "John Doe")));

        Assert.True(error.MayHaveBeenProcessed);
        Assert.Equal(32, error.IdempotencyKey!.Length);
        Assert.Single(await wireMock.RequestsAsync(prefix));
    }

    [Fact]
    public async Task Success_without_an_issue_id_is_not_reported_as_a_failure_to_retry()
    {
        var prefix = $"/t/{Guid.NewGuid():N}/api/v1/";
        await wireMock.StubAsync(Mapping.Of("POST", prefix + "issue/create", """{"status":200,"jsonBody":{"success":true}}"""));
        using var client = Clients.Issuance(new Uri(wireMock.BaseUri, prefix));

        var error = await Assert.ThrowsAsync<BadgeProbablyIssuedException>(() => client.IssueBadgeAsync(new IssueBadgeRequest("abc123", "John Doe")));

        Assert.Contains("reported success", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_gateway_page_is_an_error_with_a_snippet()
    {
        var prefix = $"/t/{Guid.NewGuid():N}/api/v1/";
        await wireMock.StubAsync(Mapping.Of("GET", prefix + "badge/getall", """{"status":502,"headers":{"Content-Type":"text/html"},"body":"<html><h1>502 Bad Gateway</h1></html>"}"""));
        using var client = Clients.Issuance(new Uri(wireMock.BaseUri, prefix), o => o.Retry.MaxRetries = 1);

        var error = await Assert.ThrowsAsync<BadgeTransientException>(() => client.ListBadgeTemplatesAsync());

        Assert.Equal(502, error.StatusCode);
        Assert.Contains("502 Bad Gateway", error.ResponseBodySnippet, StringComparison.Ordinal);
        Assert.Equal(2, (await wireMock.RequestsAsync(prefix)).Count);
    }

    [Fact]
    public async Task Retry_after_beyond_the_cap_fails_at_once_as_rate_limited_with_the_wait()
    {
        var prefix = $"/t/{Guid.NewGuid():N}/api/v1/";
        await wireMock.StubAsync(Mapping.Of("POST", prefix + "issue/create", """{"status":429,"headers":{"Retry-After":"3600"},"jsonBody":{"success":false,"message":"Too Many Attempts."}}"""));
        using var client = Clients.Issuance(new Uri(wireMock.BaseUri, prefix));

        var error = await Assert.ThrowsAsync<BadgeRateLimitException>(() => client.IssueBadgeAsync(new IssueBadgeRequest("abc123", "John Doe")));

        Assert.Equal(TimeSpan.FromHours(1), error.RetryAfter);
        Assert.Equal("Too Many Attempts.", error.ServerMessage);
        Assert.Single(await wireMock.RequestsAsync(prefix));
    }
}
