using System.Net;
using System.Text.Json;
using BadgeSdk.Loyalty;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Loyalty;

/// <summary>What <c>IssueBulkAsync</c> sends for each chunk and how it folds the answers into one result, over an in-memory handler.</summary>
public sealed class LoyaltyIssueBulkTests
{
    private const string Root = "https://capillary.test/";

    [Fact]
    public async Task One_chunk_carries_the_request_id_itself_and_every_field()
    {
        var sent = new List<(Uri Uri, string Body)>();
        using var handler = Answering(sent, _ => """{"data":{"expiresOn":"2030-01-01T00:00:00Z","expiresOnISO":"2031-02-03T04:05:06Z","triggeredBy":{"ownerType":"LOYALTY","referenceId":"ref-1"},"issuedBadges":[{"customerId":1,"issuedId":"i-1","status":"ACTIVE"},{"customerId":2,"error":{"code":1040,"message":"already","reference":"r"},"status":"ACTIVE"}]},"warnings":[{"code":5,"message":"w"}]}""");
        using var client = Client(handler);

        var result = await client.IssueBulkAsync(new IssueBulkRequest("badge-1", [1, 2, 3])
        {
            RequestId = "req-1",
            EventDate = new DateTimeOffset(2026, 5, 1, 10, 0, 0, TimeSpan.Zero),
            TriggeredBy = new BadgeTrigger(OwnerType.Loyalty, "t-9"),
        });

        var (uri, body) = Assert.Single(sent);
        Assert.Equal(new Uri(Root + "api_gateway/v1/badges/badgeMeta/customer/issueBulk"), uri);
        Assert.Equal("""{"badgeMetaId":"badge-1","customers":[1,2,3],"requestId":"req-1","issueEventDateISO":"2026-05-01T10:00:00.000Z","triggeredBy":{"ownerType":"Loyalty","referenceId":"t-9"}}""", body);
        Assert.Equal("badge-1", result.BadgeId);
        Assert.Equal("req-1", result.RequestId);
        Assert.Equal(new DateTimeOffset(2031, 2, 3, 4, 5, 6, TimeSpan.Zero), result.ExpiresOn);
        Assert.Equal(new BadgeTrigger(OwnerType.Loyalty, "ref-1"), result.TriggeredBy);
        Assert.Equal([new BadgeError(5, "w")], result.Warnings);
        Assert.Equal(
            [
                new CustomerEnrolment(1, EnrolmentOutcome.Enrolled, "req-1") { IssuedId = "i-1", Status = BadgeStatus.Active },
                new CustomerEnrolment(2, EnrolmentOutcome.Failed, "req-1") { Status = BadgeStatus.Active, Error = new BadgeError(1040, "already", "r") },
                new CustomerEnrolment(3, EnrolmentOutcome.Unknown, "req-1"),
            ],
            result.Customers);
        Assert.False(result.AllEnrolled);
        Assert.Equal([3L], result.Unresolved.Select(c => c.CustomerId));
    }

    [Fact]
    public async Task Without_a_request_id_one_is_made_and_optional_fields_are_left_out()
    {
        var sent = new List<(Uri Uri, string Body)>();
        using var handler = Answering(sent, _ => """{"data":{"expiresOn":"2030-01-01T00:00:00Z","issuedBadges":[{"customerId":7,"issuedId":"i-7"}]}}""");
        using var client = Client(handler);

        var result = await client.IssueBulkAsync(new IssueBulkRequest("badge-1", [7]));

        using var json = JsonDocument.Parse(Assert.Single(sent).Body);
        Assert.Equal(32, result.RequestId.Length);
        Assert.Equal(result.RequestId, json.RootElement.GetProperty("requestId").GetString());
        Assert.False(json.RootElement.TryGetProperty("triggeredBy", out _));
        Assert.False(json.RootElement.TryGetProperty("issueEventDateISO", out _));
        Assert.Equal(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero), result.ExpiresOn);
        Assert.Null(result.TriggeredBy);
        Assert.Empty(result.Warnings);
        Assert.True(result.AllEnrolled);
        Assert.Null(Assert.Single(result.Customers).Status);
    }

    [Fact]
    public async Task Chunks_are_named_by_their_content_and_their_answers_combined()
    {
        var sent = new List<(Uri Uri, string Body)>();
        using var handler = Answering(sent, body =>
        {
            using var json = JsonDocument.Parse(body);
            var id = json.RootElement.GetProperty("requestId").GetString();
            var customers = json.RootElement.GetProperty("customers").EnumerateArray().Select(c => c.GetInt64()).ToList();
            var issued = string.Join(",", customers.Select(c => $$"""{"customerId":{{c}},"issuedId":"i-{{c}}"}"""));
            return customers[0] == 1
                ? """{"data":{"triggeredBy":{"referenceId":"first"},"issuedBadges":[]},"warnings":[{"code":1,"message":"a"}]}""".Replace("[]", "[" + issued + "]", StringComparison.Ordinal)
                : $$"""{"data":{"issuedBadges":[{{issued}}]},"warnings":[{"code":2,"message":"b"}]}""";
        });
        // One chunk at a time: the in-memory handler records requests in a plain list.
        using var client = Client(handler, o =>
        {
            o.IssueBulkChunkSize = 2;
            o.IssueBulkMaxConcurrency = 1;
        });

        var result = await client.IssueBulkAsync(new IssueBulkRequest("badge-1", [1, 2, 3, 4, 5]) { RequestId = "run" });

        Assert.Equal(3, sent.Count);
        var ids = result.Customers.Select(c => c.RequestId!).ToList();
        Assert.All(ids, id => Assert.Matches("^run-[0-9a-f]{16}$", id));
        Assert.Equal(ids[0], ids[1]);
        Assert.Equal(ids[2], ids[3]);
        Assert.Equal(3, ids.Distinct().Count());

        // The same chunks sent again keep their ids, so a rerun is recognised as a repeat (809).
        var again = await client.IssueBulkAsync(new IssueBulkRequest("badge-1", [1, 2, 3, 4, 5]) { RequestId = "run" });
        Assert.Equal(ids, again.Customers.Select(c => c.RequestId!));
        Assert.True(result.AllEnrolled);
        Assert.Equal([new BadgeError(1, "a"), new BadgeError(2, "b"), new BadgeError(2, "b")], result.Warnings);
        Assert.Equal(new BadgeTrigger(new OwnerType(string.Empty), "first"), result.TriggeredBy);
    }

    [Fact]
    public async Task A_chunk_lost_in_transit_leaves_its_customers_unknown_and_a_refused_one_failed()
    {
        using var handler = new StubHandler((r, _) =>
        {
            var body = r.Content!.ReadAsStringAsync().GetAwaiter().GetResult();
            return body.Contains("\"customers\":[1]", StringComparison.Ordinal) ? StubHandler.Json(HttpStatusCode.BadGateway, "{}")
                : body.Contains("\"customers\":[2]", StringComparison.Ordinal) ? StubHandler.Json(HttpStatusCode.BadRequest, """{"errors":[{"code":816,"message":"date"}]}""")
                : StubHandler.Json(HttpStatusCode.OK, """{"data":{"issuedBadges":[{"customerId":3,"issuedId":"i-3"}]}}""");
        });
        using var client = Client(handler, o =>
        {
            o.IssueBulkChunkSize = 1;
            o.IssueBulkMaxConcurrency = 1;
        });

        var result = await client.IssueBulkAsync(new IssueBulkRequest("badge-1", [1, 2, 3]) { RequestId = "run" });

        Assert.Equal([EnrolmentOutcome.Unknown, EnrolmentOutcome.Failed, EnrolmentOutcome.Enrolled], result.Customers.Select(c => c.Outcome));
        Assert.IsType<BadgeTransientException>(result.Customers[0].ChunkError);
        Assert.IsType<BadgeValidationException>(result.Customers[1].ChunkError);
        Assert.Null(result.Customers[2].ChunkError);
        Assert.Null(result.ExpiresOn);
    }

    [Fact]
    public async Task A_single_chunk_that_fails_is_thrown_as_it_is()
    {
        using var handler = StubHandler.Always(HttpStatusCode.Conflict, """{"errors":[{"code":809,"message":"repeat"}]}""");
        using var client = Client(handler);

        var error = await Assert.ThrowsAsync<BadgeConflictException>(() => client.IssueBulkAsync(new IssueBulkRequest("badge-1", [1]) { RequestId = "dup" }));

        Assert.Equal("dup", error.RequestId);
    }

    [Fact]
    public async Task A_success_without_data_is_an_unreadable_answer()
    {
        using var handler = StubHandler.Always(HttpStatusCode.OK, """{"errors":[]}""");
        using var client = Client(handler);

        // A 2xx means Capillary accepted the enrolment: it happened even though its answer is unreadable.
        var error = await Assert.ThrowsAsync<BadgeAlreadyProcessedException>(() => client.IssueBulkAsync(new IssueBulkRequest("badge-1", [1]) { RequestId = "r-1" }));

        Assert.Contains("not the expected JSON", error.Message, StringComparison.Ordinal);
        Assert.True(error.MayHaveBeenProcessed);
        Assert.Equal("r-1", error.RequestId);
    }

    [Fact]
    public async Task A_call_cancelled_before_it_starts_sends_nothing()
    {
        using var handler = StubHandler.Always(HttpStatusCode.OK);
        using var client = Client(handler);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.IssueBulkAsync(new IssueBulkRequest("badge-1", [1, 2]), cancel.Token));

        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task A_single_chunk_cancelled_in_flight_is_a_cancellation()
    {
        using var cancel = new CancellationTokenSource();
        using var handler = new StubHandler((_, _) =>
        {
            cancel.Cancel();
            throw new TaskCanceledException();
        });
        using var client = Client(handler);

        var result = await client.IssueBulkAsync(new IssueBulkRequest("badge-1", [1]) { RequestId = "one" }, cancel.Token);

        // Sent, then cancelled: the enrolment may have happened, so it is unknown, not refused.
        var customer = Assert.Single(result.Customers);
        Assert.Equal(EnrolmentOutcome.Unknown, customer.Outcome);
        var cancelled = Assert.IsType<BadgeOperationCanceledException>(customer.ChunkError);
        Assert.True(cancelled.MayHaveBeenProcessed);
        Assert.Equal("one", cancelled.RequestId);
    }

    [Fact]
    public async Task A_chunk_cancelled_in_flight_leaves_its_customers_unknown_and_keeps_the_others()
    {
        using var cancel = new CancellationTokenSource();
        using var handler = new StubHandler((_, n) =>
        {
            if (n == 2)
            {
                cancel.Cancel();
                throw new TaskCanceledException();
            }

            return StubHandler.Json(HttpStatusCode.OK, """{"data":{"issuedBadges":[{"customerId":1,"issuedId":"i-1"}]}}""");
        });
        using var client = Client(handler, o =>
        {
            o.IssueBulkChunkSize = 1;
            o.IssueBulkMaxConcurrency = 1;
        });

        var result = await client.IssueBulkAsync(new IssueBulkRequest("badge-1", [1, 2]) { RequestId = "c" }, cancel.Token);

        Assert.Equal([EnrolmentOutcome.Enrolled, EnrolmentOutcome.Unknown], result.Customers.Select(c => c.Outcome));
        var lost = Assert.IsType<BadgeOperationCanceledException>(result.Customers[1].ChunkError);
        Assert.True(lost.MayHaveBeenProcessed);
        Assert.StartsWith("c-", lost.RequestId, StringComparison.Ordinal);
        Assert.Contains(lost.RequestId!, lost.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_blank_request_id_or_a_null_request_is_refused()
    {
        using var handler = StubHandler.Always(HttpStatusCode.OK);
        using var client = Client(handler);

        Assert.Equal("RequestId", (await Assert.ThrowsAsync<BadgeValidationException>(() => client.IssueBulkAsync(new IssueBulkRequest("b", [1]) { RequestId = " " }))).Field);
        await Assert.ThrowsAsync<ArgumentNullException>(() => client.IssueBulkAsync(null!));
        Assert.Throws<ArgumentNullException>(() => new IssueBulkRequest("b", null!));
        Assert.Empty(handler.Requests);
    }

    private static StubHandler Answering(List<(Uri Uri, string Body)> sent, Func<string, string> answer) => new((r, _) =>
    {
        var body = r.Content!.ReadAsStringAsync().GetAwaiter().GetResult();
        lock (sent)
        {
            sent.Add((r.RequestUri!, body));
        }

        return StubHandler.Json(HttpStatusCode.OK, answer(body));
    });

    private static LoyaltyClient Client(HttpMessageHandler handler, Action<LoyaltyClientOptions>? configure = null)
    {
        var options = new LoyaltyClientOptions { BaseAddress = new Uri(Root), TillId = "till", Password = "pw" };
        options.Retry.MaxRetries = 0;
        configure?.Invoke(options);
        return new LoyaltyClient(options, handler);
    }
}
