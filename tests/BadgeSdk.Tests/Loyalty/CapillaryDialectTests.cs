using System.Net;
using System.Text;
using BadgeSdk.Core.Http;
using BadgeSdk.Loyalty;

namespace BadgeSdk.Tests.Loyalty;

/// <summary>How Capillary's <c>errors[]</c> codes choose the exception, whatever the HTTP status.</summary>
public sealed class CapillaryDialectTests
{
    [Theory]
    [InlineData(400)]
    [InlineData(714)]
    [InlineData(717)]
    [InlineData(720)]
    [InlineData(722)]
    [InlineData(723)]
    [InlineData(724)]
    [InlineData(728)]
    [InlineData(810)]
    [InlineData(811)]
    [InlineData(816)]
    [InlineData(826)]
    public void Each_validation_code_is_a_validation_failure(int code)
    {
        var error = Classify(200, false, (code, "bad"));

        var validation = Assert.IsType<BadgeValidationException>(error);
        Assert.Equal(code, validation.ErrorCode);
        Assert.Equal("bad", validation.ServerMessage);
        Assert.Equal("IssueBulk", validation.Operation);
    }

    [Fact]
    public void A_validation_code_on_a_server_error_is_left_to_the_status_table()
    {
        Assert.Null(Classify(500, false, (720, "bad")));
        Assert.IsType<BadgeValidationException>(Classify(499, false, (720, "bad")));
    }

    [Theory]
    [InlineData(725)]
    [InlineData(809)]
    public void A_repeat_code_is_a_conflict_on_a_first_attempt_and_already_processed_after_a_lost_one(int code)
    {
        var first = Classify(400, false, (code, "repeat"));
        var retried = Classify(400, true, (code, "repeat"));

        Assert.IsType<BadgeConflictException>(first);
        var processed = Assert.IsType<BadgeAlreadyProcessedException>(retried);
        Assert.Equal($"Capillary IssueBulk: an earlier attempt was lost after it may have reached the server, and the retry was rejected as a repeat ({code}: repeat). It was most probably processed under request id 'r-9': re-read the current state instead of sending it again with a new request id.", processed.Message);
        Assert.Equal("r-9", processed.RequestId);
    }

    [Fact]
    public void Mixed_repeat_and_other_codes_are_not_a_repeat()
    {
        Assert.IsType<BadgeValidationException>(Classify(400, true, (809, "repeat"), (720, "dates")));

        // 999999 repeats on every attempt, so it is a plain failure, flagged because an attempt was lost.
        var failure = Classify(503, true, (809, "repeat"), (999999, "down"));
        Assert.Equal(typeof(BadgeApiException), failure!.GetType());
        Assert.True(failure.MayHaveBeenProcessed);
    }

    [Fact]
    public void Not_found_1054_is_not_found_unless_the_server_failed()
    {
        Assert.IsType<BadgeNotFoundException>(Classify(400, false, (1054, "no such badge")));
        Assert.IsType<BadgeNotFoundException>(Classify(200, false, (1054, "no such badge")));
        Assert.Null(Classify(500, false, (1054, "no such badge")));
    }

    [Fact]
    public void An_unknown_code_is_a_failure_on_success_and_left_to_the_status_table_otherwise()
    {
        var onSuccess = Classify(200, false, (999, "odd"));

        Assert.Equal(typeof(BadgeApiException), onSuccess!.GetType());
        Assert.Equal("Capillary IssueBulk failed with HTTP 200: [999: odd].", onSuccess.Message);
        Assert.Null(Classify(502, false, (999, "odd")));
        Assert.Null(Classify(404, false, (999, "odd")));
    }

    [Fact]
    public void No_errors_is_left_to_core()
    {
        Assert.Null(CapillaryDialect.Instance.Classify(Call(), Response(400, false), ServerReport.None));
    }

    [Fact]
    public void Reads_errors_and_warnings_from_an_error_body()
    {
        var report = CapillaryDialect.Instance.ReadReport(Response(400, false, """{"errors":[{"code":720,"message":"dates","reference":"startOn"}],"warnings":[{"code":1,"message":"w"}]}"""));

        Assert.Equal("dates", report.Message);
        Assert.Equal([new BadgeError(720, "dates", "startOn")], report.Errors);
        Assert.Equal([new BadgeError(1, "w")], report.Warnings);
        Assert.True(report.ReportsFailure);
    }

    [Fact]
    public void An_empty_or_unreadable_error_body_reports_nothing()
    {
        var empty = CapillaryDialect.Instance.ReadReport(Response(400, false, """{"errors":[]}"""));

        Assert.Null(empty.Message);
        Assert.Empty(empty.Errors);
        Assert.False(empty.ReportsFailure);
        Assert.Same(ServerReport.None, CapillaryDialect.Instance.ReadReport(Response(502, false, "<html/>", "text/html")));
    }

    private static BadgeApiException? Classify(int status, bool lostAttempt, params (int Code, string Message)[] errors)
    {
        var report = new ServerReport(null, errors[0].Message, errors.Select(e => new BadgeError(e.Code, e.Message)).ToList(), []);
        return CapillaryDialect.Instance.Classify(Call(), Response(status, lostAttempt), report);
    }

    private static BadgeHttpRequest Call() => new("IssueBulk", HttpMethod.Post, "issueBulk") { RequestId = "r-9" };

    private static BadgeHttpResponse Response(int status, bool lostAttempt, string body = "{}", string mediaType = "application/json")
        => new((HttpStatusCode)status, Encoding.UTF8.GetBytes(body), mediaType, null, lostAttempt ? 2 : 1, lostAttempt);
}
