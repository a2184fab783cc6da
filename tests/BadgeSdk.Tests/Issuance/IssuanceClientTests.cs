using System.Net;
using System.Text.Json;
using BadgeSdk.Issuance;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Issuance;

/// <summary>What <see cref="IssuanceClient"/> sends (method, path, body) and how it reads each answer, over an in-memory handler.</summary>
public sealed class IssuanceClientTests : IDisposable
{
    private const string Token = "unit-token";
    private const string Root = "https://issuebadge.test/api/v1/";
    private const string IssueOk = """{"success":true,"IssueId":"i-1","publicUrl":"https://app.issuebadge.com/p/i-1"}""";

    private readonly List<(HttpMethod Method, Uri Uri, string? Body)> _sent = [];
    private readonly Queue<Func<HttpResponseMessage>> _answers = new();
    private readonly StubHandler _handler;
    private readonly IssuanceClient _client;

    public IssuanceClientTests()
    {
        _handler = new StubHandler((request, _) =>
        {
            _sent.Add((request.Method, request.RequestUri!, request.Content?.ReadAsStringAsync().GetAwaiter().GetResult()));
            return _answers.Count > 0 ? _answers.Dequeue()() : StubHandler.Json(HttpStatusCode.OK, IssueOk);
        });
        _client = new IssuanceClient(Options(), _handler);
    }

    public void Dispose()
    {
        _client.Dispose();
        _handler.Dispose();
    }

    public static TheoryData<string, Func<IssueBadgeRequest>> InvalidRequests => new()
    {
        { "BadgeId", () => new IssueBadgeRequest("", "John Doe") },
        { "BadgeId", () => new IssueBadgeRequest(" ", "John Doe") },
        { "Name", () => new IssueBadgeRequest("abc123", "") },
        { "Email", () => new IssueBadgeRequest("abc123", "John Doe") { Email = "not-an-email" } },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task Get_issuance_validates_like_post_and_sends_nothing(string field, Func<IssueBadgeRequest> request)
    {
        var error = await Assert.ThrowsAsync<BadgeValidationException>(() => _client.IssueBadgeViaGetAsync(request()));

        Assert.Equal(field, error.Field);
        Assert.Empty(_sent);
    }

    [Fact]
    public async Task Get_issuance_sends_the_query_to_issue_create()
    {
        var result = await _client.IssueBadgeViaGetAsync(new IssueBadgeRequest("abc123", "John Doe") { IdempotencyKey = "get-key" });

        var (method, uri, _) = Assert.Single(_sent);
        Assert.Equal(HttpMethod.Get, method);
        Assert.Equal(Root + "issue/create", uri.GetLeftPart(UriPartial.Path));
        Assert.Equal("?badge_id=abc123&name=John%20Doe&idempotency_key=get-key", uri.Query);
        Assert.Equal("i-1", result.IssueId);
        Assert.Equal("get-key", result.IdempotencyKey.Value);
    }

    [Fact]
    public async Task Post_issuance_sends_the_json_body_to_issue_create()
    {
        var result = await _client.IssueBadgeAsync(new IssueBadgeRequest("abc123", "John Doe") { Email = "john@example.com", IdempotencyKey = "post-key" });

        var (method, uri, body) = Assert.Single(_sent);
        Assert.Equal(HttpMethod.Post, method);
        Assert.Equal(new Uri(Root + "issue/create"), uri);
        using var json = JsonDocument.Parse(body!);
        Assert.Equal("abc123", json.RootElement.GetProperty("badge_id").GetString());
        Assert.Equal("post-key", json.RootElement.GetProperty("idempotency_key").GetString());
        Assert.Equal(new Uri("https://app.issuebadge.com/p/i-1"), result.PublicUrl);
    }

    [Fact]
    public async Task Snake_case_issue_id_and_url_are_read_too()
    {
        Answer(HttpStatusCode.OK, """{"success":true,"issue_id":77,"public_url":"https://x.test/v/77"}""");

        var result = await _client.IssueBadgeAsync(new IssueBadgeRequest("abc123", "John Doe"));

        Assert.Equal("77", result.IssueId);
        Assert.Equal(new Uri("https://x.test/v/77"), result.PublicUrl);
    }

    [Fact]
    public async Task The_documented_camel_case_fields_win_over_their_snake_case_twins()
    {
        Answer(HttpStatusCode.OK, """{"success":true,"IssueId":"camel","issue_id":"snake","publicUrl":"https://x.test/camel","public_url":"https://x.test/snake"}""");

        var result = await _client.IssueBadgeAsync(new IssueBadgeRequest("abc123", "John Doe"));

        Assert.Equal("camel", result.IssueId);
        Assert.Equal(new Uri("https://x.test/camel"), result.PublicUrl);
    }

    [Theory]
    [InlineData("IssueBadgeViaGet")]
    [InlineData("ListBadgeTemplates")]
    [InlineData("CreateBadgeTemplate")]
    [InlineData("ValidateApiKey")]
    [InlineData("IssueBadge")]
    public async Task A_failure_names_the_operation(string operation)
    {
        Answer(HttpStatusCode.NotFound, """{"success":false,"message":"gone"}""");

        Task call = operation switch
        {
            "IssueBadgeViaGet" => _client.IssueBadgeViaGetAsync(new IssueBadgeRequest("abc123", "John Doe")),
            "ListBadgeTemplates" => _client.ListBadgeTemplatesAsync(),
            "CreateBadgeTemplate" => _client.CreateBadgeTemplateAsync(new CreateBadgeTemplateRequest("n", "d", "o")),
            "ValidateApiKey" => _client.ValidateApiKeyAsync(),
            _ => _client.IssueBadgeAsync(new IssueBadgeRequest("abc123", "John Doe")),
        };
        var error = await Assert.ThrowsAsync<BadgeNotFoundException>(() => call);

        Assert.Equal(operation, error.Operation);
        // An operation already named after its API is not prefixed twice ("IssueBadge IssueBadge failed").
        var subject = operation.StartsWith("IssueBadge", StringComparison.Ordinal) ? operation : $"IssueBadge {operation}";
        Assert.Equal($"{subject} failed with HTTP 404: gone.", error.Message);
    }

    [Fact]
    public async Task A_public_url_that_is_not_absolute_is_left_out()
    {
        Answer(HttpStatusCode.OK, """{"success":true,"IssueId":"i-2","publicUrl":"v/i-2"}""");

        var result = await _client.IssueBadgeAsync(new IssueBadgeRequest("abc123", "John Doe"));

        Assert.Equal("i-2", result.IssueId);
        Assert.Null(result.PublicUrl);
    }

    [Fact]
    public async Task An_empty_issue_id_on_success_is_probably_issued_with_the_key()
    {
        Answer(HttpStatusCode.OK, """{"success":true,"IssueId":""}""");

        var error = await Assert.ThrowsAsync<BadgeProbablyIssuedException>(() => _client.IssueBadgeAsync(new IssueBadgeRequest("abc123", "John Doe") { IdempotencyKey = "empty-id" }));

        Assert.Equal("empty-id", error.IdempotencyKey);
        Assert.Equal(200, error.StatusCode);
        Assert.Equal("IssueBadge", error.Operation);
        Assert.Contains("'empty-id'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_templates_with_get_badge_getall()
    {
        Answer(HttpStatusCode.OK, """{"success":true,"data":[{"id":"a","badge_id":"ignored","name":"A"},{"badge_id":7,"name":"B","description":"d"},{"name":"C"}]}""");

        var templates = await _client.ListBadgeTemplatesAsync();

        var (method, uri, body) = Assert.Single(_sent);
        Assert.Equal(HttpMethod.Get, method);
        Assert.Equal(new Uri(Root + "badge/getall"), uri);
        Assert.Null(body);
        Assert.Equal(
            [new BadgeTemplate("a", "A", null, null), new BadgeTemplate("7", "B", "d", null), new BadgeTemplate(string.Empty, "C", null, null)],
            templates);
    }

    [Fact]
    public async Task A_template_list_without_data_is_empty()
    {
        Answer(HttpStatusCode.OK, """{"success":true}""");

        Assert.Empty(await _client.ListBadgeTemplatesAsync());
    }

    [Fact]
    public async Task Creates_a_template_with_post_badge_create_as_json()
    {
        Answer(HttpStatusCode.OK, """{"success":true,"message":"Badge created successfully","badge_id":"t-1","id":"other"}""");
        var request = new CreateBadgeTemplateRequest("Safety", "Course", "Contoso") { Nickname = "safe", IdempotencyKey = "tmpl-key" };

        var result = await _client.CreateBadgeTemplateAsync(request);

        var (method, uri, body) = Assert.Single(_sent);
        Assert.Equal(HttpMethod.Post, method);
        Assert.Equal(new Uri(Root + "badge/create"), uri);
        using var json = JsonDocument.Parse(body!);
        Assert.Equal("Safety", json.RootElement.GetProperty("name").GetString());
        Assert.Equal("Contoso", json.RootElement.GetProperty("issuing_organization_name").GetString());
        Assert.Equal("safe", json.RootElement.GetProperty("nickname").GetString());
        Assert.Equal("tmpl-key", json.RootElement.GetProperty("idempotency_key").GetString());
        Assert.Equal(new CreateBadgeTemplateResult("t-1", "Badge created successfully", "tmpl-key", """{"success":true,"message":"Badge created successfully","badge_id":"t-1","id":"other"}"""), result);
    }

    [Theory]
    [InlineData("""{"success":true,"id":"top"}""", "top")]
    [InlineData("""{"success":true,"id":"top","data":{"badge_id":"nested"}}""", "top")]
    [InlineData("""{"success":true,"data":{"badge_id":"nested-badge","id":"nested"}}""", "nested-badge")]
    [InlineData("""{"success":true,"data":{"id":"nested"}}""", "nested")]
    [InlineData("""{"success":true}""", null)]
    public async Task The_created_template_id_is_read_from_each_place_it_may_be(string answer, string? id)
    {
        Answer(HttpStatusCode.OK, answer);

        var result = await _client.CreateBadgeTemplateAsync(new CreateBadgeTemplateRequest("Safety", "Course", "Contoso"));

        Assert.Equal(id, result.BadgeId);
        Assert.Equal(answer, result.RawJson);
        Assert.False(result.IdempotencyKey.IsEmpty);
    }

    [Fact]
    public async Task Invalid_template_is_refused_before_sending()
    {
        var error = await Assert.ThrowsAsync<BadgeValidationException>(() => _client.CreateBadgeTemplateAsync(new CreateBadgeTemplateRequest("Safety", " ", "Contoso")));

        Assert.Equal("Description", error.Field);
        Assert.Empty(_sent);
    }

    [Fact]
    public async Task Validates_the_clients_own_token_with_post_validate_key()
    {
        Answer(HttpStatusCode.OK, """{"success":true,"message":"API key is valid"}""");

        var result = await _client.ValidateApiKeyAsync();

        var (method, uri, body) = Assert.Single(_sent);
        Assert.Equal(HttpMethod.Post, method);
        Assert.Equal(new Uri(Root + "validate-key"), uri);
        Assert.Equal($$"""{"api_key":"{{Token}}"}""", body);
        Assert.Equal(new ValidateApiKeyResult(true, "API key is valid"), result);
    }

    [Fact]
    public async Task Validates_another_key_when_given_one()
    {
        Answer(HttpStatusCode.OK, """{"success":true}""");

        var result = await _client.ValidateApiKeyAsync("other-key");

        Assert.Equal("""{"api_key":"other-key"}""", Assert.Single(_sent).Body);
        Assert.Equal(new ValidateApiKeyResult(true, null), result);
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    public async Task A_refused_key_is_an_invalid_result_with_the_servers_message(HttpStatusCode status)
    {
        Answer(status, """{"message":"Unauthenticated."}""");

        var result = await _client.ValidateApiKeyAsync("revoked");

        Assert.Equal(new ValidateApiKeyResult(false, "Unauthenticated."), result);
    }

    [Fact]
    public async Task A_refused_key_without_a_json_body_is_invalid_without_a_message()
    {
        Answer(HttpStatusCode.Unauthorized, "denied", "text/plain");

        Assert.Equal(new ValidateApiKeyResult(false, null), await _client.ValidateApiKeyAsync("revoked"));
    }

    [Fact]
    public async Task Success_false_on_http_200_is_an_invalid_key()
    {
        Answer(HttpStatusCode.OK, """{"success":false,"message":"Key expired"}""");

        Assert.Equal(new ValidateApiKeyResult(false, "Key expired"), await _client.ValidateApiKeyAsync("old"));
    }

    [Fact]
    public async Task A_success_that_is_not_json_is_an_error_not_a_verdict()
    {
        Answer(HttpStatusCode.OK, "<html>maintenance</html>", "text/html");

        var error = await Assert.ThrowsAsync<BadgeApiException>(() => _client.ValidateApiKeyAsync("k"));

        Assert.Equal(200, error.StatusCode);
        Assert.Equal("ValidateApiKey", error.Operation);
        Assert.Contains("maintenance", error.ResponseBodySnippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_error_while_validating_is_thrown_with_the_servers_message()
    {
        Answer(HttpStatusCode.BadRequest, """{"success":false,"message":"api_key is required"}""");

        var error = await Assert.ThrowsAsync<BadgeValidationException>(() => _client.ValidateApiKeyAsync("k"));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("api_key is required", error.ServerMessage);
    }

    private void Answer(HttpStatusCode status, string body, string mediaType = "application/json")
        => _answers.Enqueue(() => StubHandler.Json(status, body, mediaType));

    private static IssuanceClientOptions Options()
    {
        var options = new IssuanceClientOptions { ApiToken = Token, BaseAddress = new Uri(Root) };
        options.Retry.MaxRetries = 0;
        return options;
    }
}
