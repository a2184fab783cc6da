using System.Text.Json;
using BadgeSdk.Issuance;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Issuance;

/// <summary>Every example of the IssueBadge docs page, sent through the SDK to WireMock stubs that match the documented wire format strictly.</summary>
[Collection(WireMockGroup.Name)]
[Trait("Category", "Contract")]
public sealed class IssuanceContractTests(WireMockServer wireMock) : IDisposable
{
    private readonly IssuanceClient _client = Clients.Issuance(new Uri(wireMock.BaseUri, "/api/v1/"));

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task Example_1_basic_issuance()
    {
        var key = IdempotencyKey.New();
        var result = await _client.IssueBadgeAsync(new IssueBadgeRequest("abc123", "John Doe")
        {
            Email = "john@example.com",
            Phone = "+1234567890",
            IdempotencyKey = key,
        });

        Assert.Equal("xyz789", result.IssueId);
        Assert.Equal(new Uri("https://yourdomain.com/v/xyz789"), result.PublicUrl);
        Assert.Equal(key.Value, result.IdempotencyKey);
        var sent = await SentWithKeyAsync(key.Value);
        Assert.Equal("Bearer test-issuebadge-token", sent.Header("Authorization"));
    }

    [Fact]
    public async Task Example_1_without_a_key_gets_a_generated_one_that_is_returned()
    {
        var result = await _client.IssueBadgeAsync(new IssueBadgeRequest("abc123", "John Doe") { Email = "john@example.com", Phone = "+1234567890" });

        Assert.Equal("xyz789", result.IssueId);
        Assert.False(result.IdempotencyKey.IsEmpty);
        var sent = await SentWithKeyAsync(result.IdempotencyKey.Value);
        Assert.Equal(result.IdempotencyKey.Value, sent.Json.GetProperty("idempotency_key").GetString());
    }

    [Fact]
    public async Task An_empty_default_key_is_replaced_by_a_generated_one()
    {
        var result = await _client.IssueBadgeAsync(new IssueBadgeRequest("abc123", "John Doe") { Email = "john@example.com", Phone = "+1234567890", IdempotencyKey = default(IdempotencyKey) });

        Assert.Equal(32, result.IdempotencyKey.Value.Length);
        Assert.Equal(result.IdempotencyKey.Value, (await SentWithKeyAsync(result.IdempotencyKey.Value)).Json.GetProperty("idempotency_key").GetString());
    }

    [Fact]
    public async Task Example_2_expiration_date_travels_as_year_month_day()
    {
        var key = IdempotencyKey.New();
        var result = await _client.IssueBadgeAsync(new IssueBadgeRequest("abc123", "John Doe")
        {
            Email = "john@example.com",
            ExpireDate = new DateOnly(2027, 11, 10),
            IdempotencyKey = key,
        });

        Assert.Equal("exp456", result.IssueId);
        Assert.Equal("2027-11-10", (await SentWithKeyAsync(key.Value)).Json.GetProperty("expire_date").GetString());
    }

    [Fact]
    public async Task Example_2_without_expiration_sends_no_expire_date()
    {
        var key = IdempotencyKey.New();
        await _client.IssueBadgeAsync(new IssueBadgeRequest("abc123", "John Doe") { Email = "john@example.com", Phone = "+1234567890", IdempotencyKey = key });

        Assert.False((await SentWithKeyAsync(key.Value)).Json.TryGetProperty("expire_date", out _));
    }

    [Fact]
    public async Task Example_3_custom_fields_keep_their_types()
    {
        var key = IdempotencyKey.New();
        var result = await _client.IssueBadgeAsync(new IssueBadgeRequest("abc123", "John Doe")
        {
            Email = "john@example.com",
            IdempotencyKey = key,
            Metadata =
            {
                ["employee_id"] = "EMP001",
                ["department"] = "Engineering",
                ["score"] = 95,
                ["completion_date"] = new DateOnly(2025, 11, 10),
                ["training_hours"] = 40,
                ["instructor_name"] = "Jane Smith",
            },
        });

        Assert.Equal("cf001", result.IssueId);
        var metadata = (await SentWithKeyAsync(key.Value)).Json.GetProperty("metadata");
        Assert.Equal(JsonValueKind.Number, metadata.GetProperty("score").ValueKind);
        Assert.Equal("2025-11-10", metadata.GetProperty("completion_date").GetString());
    }

    [Fact]
    public async Task Example_4a_image_travels_as_a_base64_data_uri_with_its_sniffed_type()
    {
        var key = IdempotencyKey.New();
        var result = await _client.IssueBadgeAsync(new IssueBadgeRequest("abc123", "John Doe")
        {
            Email = "john@example.com",
            IdempotencyKey = key,
            Metadata =
            {
                ["employee_id"] = "EMP001",
                ["certificate_photo"] = BadgeImage.FromBytes(TestImages.Png),
            },
        });

        Assert.Equal("img64", result.IssueId);
        var photo = (await SentWithKeyAsync(key.Value)).Json.GetProperty("metadata").GetProperty("certificate_photo").GetString();
        Assert.Equal("data:image/png;base64," + Convert.ToBase64String(TestImages.Png), photo);
    }

    [Fact]
    public async Task Example_4b_image_url_travels_as_the_url()
    {
        var result = await _client.IssueBadgeAsync(new IssueBadgeRequest("abc123", "John Doe")
        {
            Email = "john@example.com",
            Metadata =
            {
                ["employee_id"] = "EMP001",
                ["certificate_photo"] = BadgeImage.FromUrl("https://example.com/photo.jpg"),
            },
        });

        Assert.Equal("imgurl", result.IssueId);
    }

    [Fact]
    public async Task Example_5_get_request_for_webhooks()
    {
        // A fixed key, so the mapping can match the exact URL: an extra or misspelled parameter misses.
        var key = new IdempotencyKey("unique-key-1762732800000");
        var result = await _client.IssueBadgeViaGetAsync(new IssueBadgeRequest("abc123", "John Doe")
        {
            Email = "john@example.com",
            Phone = "+1234567890",
            ExpireDate = new DateOnly(2027, 11, 10),
            IdempotencyKey = key,
        });

        Assert.Equal("get001", result.IssueId);
        var sent = (await wireMock.RequestsAsync("/api/v1/issue/create")).Single(r => r.Url.Contains(key.Value, StringComparison.Ordinal));
        Assert.Equal("GET", sent.Method);
        Assert.Contains("name=John%20Doe", sent.Url, StringComparison.Ordinal);
        Assert.Contains("phone=%2B1234567890", sent.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Success_false_on_http_200_is_a_failure_with_the_server_message()
    {
        var error = await Assert.ThrowsAsync<BadgeApiException>(() => _client.IssueBadgeAsync(new IssueBadgeRequest("no-such-badge", "John Doe")));

        Assert.Equal(200, error.StatusCode);
        Assert.Equal("Badge not found", error.ServerMessage);
        Assert.Contains("Badge not found", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.IdempotencyKey);
    }

    [Fact]
    public async Task Unauthenticated_is_an_authentication_failure_without_the_token()
    {
        using var client = Clients.Issuance(new Uri(wireMock.BaseUri, "/api/v1/"), token: "wrong-token");

        var error = await Assert.ThrowsAsync<BadgeAuthenticationException>(() => client.IssueBadgeAsync(new IssueBadgeRequest("abc123", "John Doe")));

        Assert.Equal(401, error.StatusCode);
        Assert.Equal("Unauthenticated.", error.ServerMessage);
        Assert.DoesNotContain("wrong-token", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_badge_templates_with_either_id_field()
    {
        var templates = await _client.ListBadgeTemplatesAsync();

        Assert.Equal(2, templates.Count);
        Assert.Equal(new BadgeTemplate("abc123", "Safety Training", "Completed the 2025 safety course", new DateTimeOffset(2025, 1, 15, 10, 30, 0, TimeSpan.Zero)), templates[0]);
        Assert.Equal("42", templates[1].Id);
        Assert.Equal("Mentor", templates[1].Name);
    }

    [Fact]
    public async Task Creates_a_badge_template_as_json()
    {
        var request = new CreateBadgeTemplateRequest("Safety Training", "Completed the 2025 safety course", "Contoso")
        {
            ExpireDate = new DateOnly(2027, 12, 31),
            CustomFields =
            {
                new BadgeTemplateField("employee_id", CustomFieldType.Text, Required: true),
                new BadgeTemplateField("score", CustomFieldType.Number),
            },
        };

        var result = await _client.CreateBadgeTemplateAsync(request);

        Assert.Equal("tmpl-777", result.BadgeId);
        Assert.Equal("Badge created successfully", result.Message);
        Assert.Contains("tmpl-777", result.RawJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creates_a_badge_template_with_a_logo_as_multipart()
    {
        var request = new CreateBadgeTemplateRequest("Safety Training", "Completed the 2025 safety course", "Contoso")
        {
            CustomFields = { new BadgeTemplateField("employee_id", CustomFieldType.Text, Required: true) },
            Logo = BadgeImage.FromBytes(TestImages.Png),
        };

        var result = await _client.CreateBadgeTemplateAsync(request);

        Assert.Equal("778", result.BadgeId);
    }

    [Fact]
    public async Task Validates_the_configured_key()
    {
        var result = await _client.ValidateApiKeyAsync();

        Assert.True(result.IsValid);
        Assert.Equal("API key is valid", result.Message);
    }

    [Fact]
    public async Task A_rejected_key_is_a_result_not_an_exception()
    {
        var result = await _client.ValidateApiKeyAsync("revoked-key");

        Assert.False(result.IsValid);
        Assert.Equal("Unauthenticated.", result.Message);
    }

    private async Task<RecordedRequest> SentWithKeyAsync(string key)
        => (await wireMock.RequestsAsync("/api/v1/issue/create")).Single(r => r.Body.Contains(key, StringComparison.Ordinal) || r.Url.Contains(key, StringComparison.Ordinal));
}
