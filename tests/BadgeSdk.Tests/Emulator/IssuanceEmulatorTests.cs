using System.Net;
using System.Net.Http.Headers;
using System.Text;
using BadgeSdk.Issuance;
using BadgeSdk.Testing;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Emulator;

/// <summary>The emulated IssueBadge API, through the SDK.</summary>
public sealed class IssuanceEmulatorTests : IAsyncLifetime
{
    private BadgeEmulator _emulator = null!;
    private IssuanceClient _client = null!;

    public async Task InitializeAsync()
    {
        _emulator = await BadgeEmulator.StartAsync();
        _client = _emulator.CreateIssuanceClient(Clients.Shorten);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task Issues_with_an_id_and_a_public_page_that_resolves()
    {
        var result = await _client.IssueBadgeAsync(new IssueBadgeRequest("abc123", "Ada Lovelace")
        {
            Email = "ada@example.com",
            Metadata = { ["score"] = 95, ["photo"] = BadgeImage.FromBytes(TestImages.Png) },
        });

        var issued = Assert.Single(_emulator.Issuance.Issued);
        Assert.Equal(result.IssueId, issued.IssueId);
        Assert.Equal(95, issued.Metadata!["score"]!.GetValue<int>());
        Assert.StartsWith("data:image/png;base64,", issued.Metadata["photo"]!.GetValue<string>(), StringComparison.Ordinal);
        using var http = new HttpClient();
        using var page = await http.GetAsync(result.PublicUrl);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Ada Lovelace", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reused_key_is_rejected_with_success_false()
    {
        var key = IdempotencyKey.FromParts("abc123", "grace@example.com");
        await _client.IssueBadgeAsync(new IssueBadgeRequest("abc123", "Grace") { IdempotencyKey = key });

        var error = await Assert.ThrowsAsync<BadgeConflictException>(() => _client.IssueBadgeAsync(new IssueBadgeRequest("abc123", "Grace") { IdempotencyKey = key }));

        Assert.Contains("idempotency key has already been used", error.ServerMessage, StringComparison.Ordinal);
        Assert.Single(_emulator.Issuance.Issued);
    }

    [Fact]
    public async Task Lost_answer_after_the_issue_took_effect_is_reported_as_probably_issued_and_issues_once()
    {
        _emulator.Faults.ResetNext(1, afterProcessing: true, pathContains: "issue/create");

        var error = await Assert.ThrowsAsync<BadgeProbablyIssuedException>(() => _client.IssueBadgeAsync(new IssueBadgeRequest("abc123", "Linus")));

        Assert.Equal(_emulator.Issuance.Issued.Single().IdempotencyKey, error.IdempotencyKey);
    }

    [Fact]
    public async Task Missing_required_fields_fail_as_the_real_api_does()
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_emulator.IssuanceOptions().BaseAddress, "issue/create"))
        {
            Content = new StringContent("""{"badge_id":"abc123","idempotency_key":"k1"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _emulator.Options.IssuanceToken);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("\"success\":false", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_emulator.Issuance.Issued);
    }

    [Fact]
    public async Task Unknown_template_is_success_false_on_http_200()
    {
        var error = await Assert.ThrowsAsync<BadgeApiException>(() => _client.IssueBadgeAsync(new IssueBadgeRequest("no-such", "X")));

        Assert.Equal(200, error.StatusCode);
        Assert.Equal("Badge not found", error.ServerMessage);
    }

    [Fact]
    public async Task Webhook_style_get_issues_too()
    {
        var result = await _client.IssueBadgeViaGetAsync(new IssueBadgeRequest("abc123", "Katherine") { Metadata = { ["team"] = "NASA" } });

        Assert.Equal("NASA", _emulator.Issuance.Issued.Single(i => i.IssueId == result.IssueId).Metadata!["team"]!.GetValue<string>());
    }

    [Fact]
    public async Task Templates_list_and_create()
    {
        var created = await _client.CreateBadgeTemplateAsync(new CreateBadgeTemplateRequest("Mentor", "Mentored a newcomer", "Contoso") { Logo = BadgeImage.FromBytes(TestImages.Png) });
        var templates = await _client.ListBadgeTemplatesAsync();

        Assert.Contains(templates, t => t.Id == created.BadgeId && t.Name == "Mentor");
        Assert.Contains(templates, t => t.Id == "abc123");
    }

    [Fact]
    public async Task Bearer_token_is_checked()
    {
        using var wrong = _emulator.CreateIssuanceClient(o => o.ApiToken = "wrong");

        await Assert.ThrowsAsync<BadgeAuthenticationException>(() => wrong.ListBadgeTemplatesAsync());
        Assert.False((await wrong.ValidateApiKeyAsync()).IsValid);
        Assert.True((await _client.ValidateApiKeyAsync()).IsValid);
    }

    [Fact]
    public async Task Injected_503_is_retried_and_succeeds()
    {
        _emulator.Faults.FailNext(2, 503);
        var before = _emulator.RequestCount;

        await _client.ListBadgeTemplatesAsync();

        Assert.Equal(3, _emulator.RequestCount - before);
    }

    [Fact]
    public async Task Injected_429_with_retry_after_is_waited_out()
    {
        _emulator.Faults.FailNext(1, 429, TimeSpan.FromSeconds(1));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        await _client.ListBadgeTemplatesAsync();

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900));
    }

    [Fact]
    public async Task Injected_latency_trips_the_attempt_timeout()
    {
        using var impatient = _emulator.CreateIssuanceClient(o =>
        {
            Clients.Shorten(o);
            o.AttemptTimeout = TimeSpan.FromMilliseconds(200);
            o.Retry.MaxRetries = 1;
        });
        _emulator.Faults.SetLatency(TimeSpan.FromMilliseconds(600));
        try
        {
            await Assert.ThrowsAsync<BadgeTransientException>(() => impatient.ListBadgeTemplatesAsync());
        }
        finally
        {
            _emulator.Faults.Clear();
        }
    }
}
