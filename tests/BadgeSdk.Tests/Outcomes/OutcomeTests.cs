using System.Net;
using System.Text;
using BadgeSdk.Issuance;
using BadgeSdk.Loyalty;
using BadgeSdk.Passes;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Outcomes;

/// <summary>
/// After a write may have happened, the caller is told so with the key, never a plain failure; and
/// "it may have been processed" is said only when it is true. In-memory server, one case per row.
/// </summary>
public class OutcomeTests
{
    private const string Issued = """{"success":true,"IssueId":"i-1","publicUrl":"https://app.issuebadge.com/p/i-1"}""";

    [Theory]
    [InlineData("""{"success":true,"IssueId":"i-1","publ""", "application/json")]
    [InlineData("", "application/json")]
    [InlineData("null", "application/json")]
    [InlineData("[]", "application/json")]
    [InlineData("<html><body>OK</body></html>", "text/html")]
    public async Task A_2xx_issue_whose_answer_cannot_be_read_says_it_was_issued_with_the_key(string body, string mediaType)
    {
        using var server = new StubHandler((_, _) => StubHandler.Json(HttpStatusCode.Created, body, mediaType));
        using var client = Issuance(server);

        var error = await Assert.ThrowsAsync<BadgeProbablyIssuedException>(() => client.IssueBadgeAsync(new IssueBadgeRequest("b", "Ada") { IdempotencyKey = "key-1" }));

        Assert.True(error.MayHaveBeenProcessed);
        Assert.Equal("key-1", error.IdempotencyKey);
        Assert.Equal(201, error.StatusCode);
        Assert.Contains("key-1", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Valid_json_served_as_html_still_reads()
    {
        using var server = new StubHandler((_, _) => StubHandler.Json(HttpStatusCode.OK, Issued, "text/html"));
        using var client = Issuance(server);

        Assert.Equal("i-1", (await client.IssueBadgeAsync(new IssueBadgeRequest("b", "Ada"))).IssueId);
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable, typeof(BadgeTransientException))]
    [InlineData(HttpStatusCode.TooManyRequests, typeof(BadgeRateLimitException))]
    public async Task A_lost_attempt_then_declines_until_retries_run_out_still_says_it_may_have_been_processed(HttpStatusCode decline, Type expected)
    {
        using var server = new StubHandler((_, n) => n == 1
            ? throw new HttpRequestException(HttpRequestError.ResponseEnded, "The server closed the connection after reading the request.")
            : StubHandler.Json(decline, "{}"));
        using var client = new CreateBadgeClient(server);

        // Enrolment is retried by the pipeline (its requestId is fixed); create reconciles instead (its own tests).
        var error = await Assert.ThrowsAnyAsync<BadgeApiException>(() => client.Loyalty.IssueBulkAsync(new IssueBulkRequest("b", [1])));

        Assert.IsType(expected, error);
        Assert.True(error.MayHaveBeenProcessed);
        Assert.Contains("It may have been processed", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, server.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.BadRequest)]
    public async Task A_write_the_server_declined_every_time_is_not_called_possibly_processed(HttpStatusCode decline)
    {
        using var server = StubHandler.Always(decline);
        using var client = new CreateBadgeClient(server);

        var error = await Assert.ThrowsAnyAsync<BadgeApiException>(() => client.Loyalty.CreateBadgeAsync(CreateBadgeClient.Badge()));

        Assert.False(error.MayHaveBeenProcessed);
        Assert.DoesNotContain("may have been processed", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_read_is_never_called_possibly_processed()
    {
        using var server = StubHandler.Always(HttpStatusCode.BadGateway);
        using var client = Issuance(server);

        var error = await Assert.ThrowsAsync<BadgeTransientException>(() => client.ListBadgeTemplatesAsync());

        Assert.False(error.MayHaveBeenProcessed);
    }

    [Fact]
    public async Task Validating_a_key_is_a_read_even_as_a_post_and_is_never_called_possibly_processed()
    {
        using var server = StubHandler.Always(HttpStatusCode.InternalServerError);
        using var client = Issuance(server);

        var error = await Assert.ThrowsAsync<BadgeTransientException>(() => client.ValidateApiKeyAsync());

        Assert.False(error.MayHaveBeenProcessed);
        Assert.DoesNotContain("may have been processed", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_push_answered_500_warns_that_it_may_have_been_delivered_and_is_not_retried()
    {
        using var server = StubHandler.Always(HttpStatusCode.InternalServerError);
        using var client = new PassesClient(new PassesClientOptions { ApiKey = "k" }, server);

        var error = await Assert.ThrowsAsync<BadgeTransientException>(() => client.SendPushNotificationAsync(new SendPushNotificationRequest("t", "p", "Hi")));

        Assert.True(error.MayHaveBeenProcessed);
        Assert.Contains("It may have been processed", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Cancelling_after_the_request_was_sent_keeps_the_key_and_says_it_may_have_been_processed()
    {
        using var cancel = new CancellationTokenSource();
        using var server = new StubHandler((_, _) =>
        {
            // The server has the request; the caller gives up before the answer.
            cancel.Cancel();
            cancel.Token.ThrowIfCancellationRequested();
            return StubHandler.Json(HttpStatusCode.OK, Issued);
        });
        using var client = Issuance(server);

        var error = await Assert.ThrowsAsync<BadgeOperationCanceledException>(() => client.IssueBadgeAsync(new IssueBadgeRequest("b", "Ada") { IdempotencyKey = "key-2" }, cancel.Token));

        Assert.IsAssignableFrom<OperationCanceledException>(error);
        Assert.Equal(cancel.Token, error.CancellationToken);
        Assert.True(error.MayHaveBeenProcessed);
        Assert.Equal("key-2", error.IdempotencyKey);
        Assert.Equal("IssueBadge", error.Operation);
    }

    [Fact]
    public async Task Cancelling_before_anything_was_sent_says_nothing_happened()
    {
        using var server = StubHandler.Always(HttpStatusCode.OK, Issued);
        using var client = Issuance(server);

        var error = await Assert.ThrowsAsync<BadgeOperationCanceledException>(() => client.IssueBadgeAsync(new IssueBadgeRequest("b", "Ada"), new CancellationToken(canceled: true)));

        Assert.False(error.MayHaveBeenProcessed);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_single_chunk_enrolment_cancelled_in_flight_reports_its_customers_unknown()
    {
        using var cancel = new CancellationTokenSource();
        using var server = new StubHandler((_, _) =>
        {
            cancel.Cancel();
            cancel.Token.ThrowIfCancellationRequested();
            return StubHandler.Json(HttpStatusCode.OK, "{}");
        });
        using var client = new LoyaltyClient(new LoyaltyClientOptions { TillId = "t", Password = "p" }, server);

        var result = await client.IssueBulkAsync(new IssueBulkRequest("b", [1, 2]) { RequestId = "r-1" }, cancel.Token);

        Assert.All(result.Customers, c => Assert.Equal(EnrolmentOutcome.Unknown, c.Outcome));
        Assert.IsType<BadgeOperationCanceledException>(result.Customers[0].ChunkError);
    }

    [Fact]
    public async Task A_created_badge_with_values_the_sdk_cannot_read_is_still_a_success_that_keeps_them_raw()
    {
        // The badge exists: one odd value must not turn the create into a failure the caller would retry (issue #11, item 6).
        const string Created = """{"data":{"id":"b-7","name":"N","startOn":"next tuesday","expiresOn":99999999999999999,"customerConstraints":[{"constraintType":"CUSTOMER_FIXED_WINDOW","durationType":"WEEKLY","startDayOfTheWeek":"Mon"}]},"errors":[],"warnings":[]}""";
        using var server = StubHandler.Always(HttpStatusCode.Created, Created);
        using var client = new CreateBadgeClient(server);

        var created = await client.Loyalty.CreateBadgeAsync(CreateBadgeClient.Badge());

        Assert.Equal("b-7", created.Badge.Id);
        Assert.Null(created.Badge.StartOn);
        Assert.Null(created.Badge.ExpiresOn);
        var constraint = Assert.Single(created.Badge.CustomerConstraints);
        Assert.Null(constraint.StartDayOfTheWeek);
        Assert.Equal("Mon", constraint.StartDayOfTheWeekValue);
        var raw = Encoding.UTF8.GetString(created.GetRawResponse()!.Content.Span);
        Assert.Contains("\"startOn\":\"next tuesday\"", raw, StringComparison.Ordinal);
        Assert.Contains("\"expiresOn\":99999999999999999", raw, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_connection_refused_is_not_called_possibly_processed()
    {
        using var server = new StubHandler((_, _) => throw new HttpRequestException(HttpRequestError.ConnectionError, "refused"));
        using var client = new CreateBadgeClient(server);

        var error = await Assert.ThrowsAsync<BadgeTransientException>(() => client.Loyalty.CreateBadgeAsync(CreateBadgeClient.Badge()));

        Assert.False(error.MayHaveBeenProcessed);
        Assert.DoesNotContain("may have been processed", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_create_that_succeeds_after_an_ambiguous_502_says_an_earlier_attempt_may_have_landed()
    {
        const string Created = """{"data":{"id":"b-9","name":"N"},"errors":[],"warnings":[]}""";
        const string NoBadges = """{"data":{"metaBasicDetails":[],"pagination":{"page":0,"size":10,"total":0,"totalPages":0}},"errors":[],"warnings":[]}""";
        using var server = new StubHandler((request, n) => request.Method == HttpMethod.Get ? StubHandler.Json(HttpStatusCode.OK, NoBadges)
            : StubHandler.Json(n == 1 ? HttpStatusCode.BadGateway : HttpStatusCode.Created, n == 1 ? "{}" : Created));
        using var client = new CreateBadgeClient(server);

        var created = await client.Loyalty.CreateBadgeAsync(CreateBadgeClient.Badge());

        Assert.True(created.EarlierAttemptMayHaveBeenProcessed);
        Assert.False(created.Recovered);
        Assert.Equal("b-9", created.Badge.Id);
        Assert.Equal([HttpMethod.Post, HttpMethod.Get, HttpMethod.Post], server.Requests.Select(r => r.Method));
    }

    [Theory]
    [InlineData(HttpStatusCode.Found)]
    [InlineData(HttpStatusCode.TemporaryRedirect)]
    [InlineData(HttpStatusCode.PermanentRedirect)]
    public async Task A_redirect_is_a_typed_error_naming_where_it_pointed_and_is_not_followed(HttpStatusCode status)
    {
        using var server = new StubHandler((_, _) =>
        {
            var response = StubHandler.Json(status, string.Empty);
            response.Headers.Location = new Uri("https://elsewhere.example/steal?x=1");
            return response;
        });
        using var client = Issuance(server);

        var error = await Assert.ThrowsAsync<BadgeRedirectException>(() => client.IssueBadgeAsync(new IssueBadgeRequest("b", "Ada")));

        Assert.Equal(new Uri("https://elsewhere.example/steal?x=1"), error.Location);
        Assert.Contains("https://elsewhere.example/steal", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("x=1", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_webhook_endpoint_answer_cut_off_after_its_secret_keeps_the_secret()
    {
        const string Cut = """{"id":"we_1","secret":"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw","url":"https://example.com/h","enabledTo""";
        using var server = StubHandler.Always(HttpStatusCode.Created, Cut);
        using var client = new PassesClient(new PassesClientOptions { ApiKey = "k" }, server);

        var endpoint = await client.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest(new Uri("https://example.com/h"), [WebhookTopic.PassActivated]));

        Assert.Equal("we_1", endpoint.Id);
        Assert.Equal("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", endpoint.Secret);
    }

    [Theory]
    [InlineData("""{"unexpected":"shape"}""")]
    [InlineData("""{"id":"we_1","secret":"whsec_MfKQ9r8GKYqrTw""")]
    public async Task A_webhook_endpoint_answer_without_a_readable_secret_says_the_endpoint_exists_and_never_prints_the_secret(string body)
    {
        using var server = StubHandler.Always(HttpStatusCode.Created, body);
        using var client = new PassesClient(new PassesClientOptions { ApiKey = "k" }, server);

        var error = await Assert.ThrowsAsync<BadgeAlreadyProcessedException>(() => client.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest(new Uri("https://example.com/h"), [WebhookTopic.PassActivated])));

        Assert.True(error.MayHaveBeenProcessed);
        Assert.DoesNotContain("MfKQ9r8GKYqrTw", error.ResponseBodySnippet ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("MfKQ9r8GKYqrTw", error.ToString(), StringComparison.Ordinal);
    }

    private static IssuanceClient Issuance(HttpMessageHandler handler)
        => new(Fast(new IssuanceClientOptions { ApiToken = "t" }), handler);

    private static T Fast<T>(T options)
        where T : BadgeClientOptions
    {
        options.Retry.MaxRetries = 2;
        options.Retry.BaseDelay = TimeSpan.FromMilliseconds(1);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(2);
        return options;
    }

    /// <summary>A Loyalty client with fast retries and a valid badge to create.</summary>
    private sealed class CreateBadgeClient(HttpMessageHandler handler) : IDisposable
    {
        public LoyaltyClient Loyalty { get; } = new(Fast(new LoyaltyClientOptions { TillId = "t", Password = "p" }), handler);

        public static CreateBadgeRequest Badge()
            => new("N", DateTimeOffset.UtcNow.AddDays(1), DateTimeOffset.UtcNow.AddDays(30)) { Ownership = { RestrictedToOwners = { OwnerType.Loyalty } } };

        public void Dispose() => Loyalty.Dispose();
    }
}
