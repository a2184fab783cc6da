using System.Net;
using System.Text;
using BadgeSdk.Core.Http;
using BadgeSdk.Issuance;

namespace BadgeSdk.Tests.Issuance;

/// <summary>
/// When IssueBadge's answer means "probably issued": a rejection of the request itself, of a keyed
/// call, after an earlier attempt that may have arrived. Each condition is checked on its own.
/// </summary>
public sealed class IssueBadgeDialectTests
{
    private static readonly ServerReport KeyUsed = new(false, "The idempotency key has already been used.", [], []);

    [Theory]
    [InlineData(200)]
    [InlineData(299)]
    [InlineData(400)]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(422)]
    [InlineData(499)]
    public void Rejected_keyed_retry_after_a_lost_attempt_is_probably_issued(int status)
    {
        var call = Call("k-lost");

        var error = IssueBadgeDialect.Instance.Classify(call, Response(status, earlierAttemptMayHaveBeenProcessed: true), KeyUsed);

        var probably = Assert.IsType<BadgeProbablyIssuedException>(error);
        Assert.Equal("k-lost", probably.IdempotencyKey);
        Assert.Equal(status, probably.StatusCode);
        Assert.Equal("IssueBadge", probably.Operation);
        Assert.Equal(KeyUsed.Message, probably.ServerMessage);
        Assert.Contains("'k-lost'", probably.Message, StringComparison.Ordinal);
        Assert.Contains("(The idempotency key has already been used.)", probably.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_probably_issued_message_has_no_empty_parentheses_when_the_server_said_nothing()
    {
        var error = IssueBadgeDialect.Instance.Classify(Call("k-quiet"), Response(422, earlierAttemptMayHaveBeenProcessed: true), ServerReport.None);

        var probably = Assert.IsType<BadgeProbablyIssuedException>(error);
        Assert.Contains("was rejected. The badge was probably issued", probably.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(399)]
    public void Credentials_throttling_and_outages_are_not_a_rejection_of_the_request(int status)
    {
        Assert.Null(IssueBadgeDialect.Instance.Classify(Call("k-1"), Response(status, earlierAttemptMayHaveBeenProcessed: true), KeyUsed));
    }

    [Fact]
    public void A_rejection_on_the_first_attempt_is_left_to_the_status_table()
    {
        Assert.Null(IssueBadgeDialect.Instance.Classify(Call("k-first"), Response(422, earlierAttemptMayHaveBeenProcessed: false), KeyUsed));
    }

    [Fact]
    public void A_call_without_a_key_is_never_probably_issued()
    {
        Assert.Null(IssueBadgeDialect.Instance.Classify(Call(key: null), Response(422, earlierAttemptMayHaveBeenProcessed: true), KeyUsed));
    }

    [Theory]
    [InlineData("Duplicate idempotency_key")]
    [InlineData("IDEMPOTENCY key reused")]
    public void Success_status_naming_the_key_on_a_first_attempt_is_a_conflict(string message)
    {
        var report = new ServerReport(false, message, [], []);

        var error = IssueBadgeDialect.Instance.Classify(Call("k-dup"), Response(200, earlierAttemptMayHaveBeenProcessed: false), report);

        var conflict = Assert.IsType<BadgeConflictException>(error);
        Assert.Equal("k-dup", conflict.IdempotencyKey);
        Assert.Equal(message, conflict.ServerMessage);
        Assert.Contains(message, conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Success_status_with_another_message_is_left_to_core()
    {
        Assert.Null(IssueBadgeDialect.Instance.Classify(Call("k-2"), Response(200, earlierAttemptMayHaveBeenProcessed: false), new ServerReport(false, "Badge not found", [], [])));
        Assert.Null(IssueBadgeDialect.Instance.Classify(Call("k-3"), Response(200, earlierAttemptMayHaveBeenProcessed: false), ServerReport.None));
    }

    [Fact]
    public void A_failure_status_naming_the_key_is_left_to_the_status_table()
    {
        Assert.Null(IssueBadgeDialect.Instance.Classify(Call("k-4"), Response(422, earlierAttemptMayHaveBeenProcessed: false), KeyUsed));
    }

    [Fact]
    public void Reads_success_and_message_from_an_error_body()
    {
        var report = IssueBadgeDialect.Instance.ReadReport(Response(422, earlierAttemptMayHaveBeenProcessed: false, """{"success":false,"message":"bad"}"""));

        Assert.False(report.Success);
        Assert.Equal("bad", report.Message);
        Assert.True(report.ReportsFailure);
    }

    [Fact]
    public void An_unreadable_error_body_reports_nothing()
    {
        Assert.Same(ServerReport.None, IssueBadgeDialect.Instance.ReadReport(Response(502, earlierAttemptMayHaveBeenProcessed: false, "<html>502</html>", "text/html")));
    }

    private static BadgeHttpRequest Call(string? key) => new("IssueBadge", HttpMethod.Post, "issue/create") { IdempotencyKey = key };

    private static BadgeHttpResponse Response(int status, bool earlierAttemptMayHaveBeenProcessed, string body = "{}", string mediaType = "application/json")
        => new((HttpStatusCode)status, Encoding.UTF8.GetBytes(body), mediaType, null, earlierAttemptMayHaveBeenProcessed ? 2 : 1, earlierAttemptMayHaveBeenProcessed);
}
