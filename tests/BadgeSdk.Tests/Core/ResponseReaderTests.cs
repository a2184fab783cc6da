using System.Net;
using System.Text;
using BadgeSdk.Core.Http;
using BadgeSdk.Issuance.Wire;

namespace BadgeSdk.Tests.Core;

/// <summary>The one place a response becomes a result or a typed exception.</summary>
public sealed class ResponseReaderTests
{
    private static readonly BadgeHttpRequest Call = new("Probe", HttpMethod.Get, "thing") { IdempotencyKey = "k-r" };

    [Fact]
    public void A_success_whose_body_carries_no_report_is_not_second_guessed_by_the_dialect()
    {
        var reader = new ResponseReader(new AlwaysFailingDialect());

        var (body, report) = reader.Read(Call, Response(200, """{"badge_id":"b"}"""), IssuanceJsonContext.Default.BadgeTemplateItem);

        Assert.Equal("b", body.BadgeId);
        Assert.Same(ServerReport.None, report);
    }

    [Fact]
    public void A_failure_whose_body_carries_no_report_is_described_by_the_dialect()
    {
        var reader = new ResponseReader(new AlwaysFailingDialect());

        var error = Assert.Throws<BadgeValidationException>(() => reader.Read(Call, Response(422, "{}"), IssuanceJsonContext.Default.BadgeTemplateItem));

        Assert.Equal("dialect says no", error.ServerMessage);
        Assert.Equal("k-r", error.IdempotencyKey);
    }

    [Fact]
    public void A_report_in_a_success_body_that_says_failure_is_thrown()
    {
        var reader = new ResponseReader(new AlwaysFailingDialect());

        var error = Assert.Throws<BadgeApiException>(() => reader.Read(Call, Response(200, """{"success":false,"message":"body says no"}"""), IssuanceJsonContext.Default.IssuanceEnvelope));

        Assert.Equal("body says no", error.ServerMessage);
        Assert.Equal(200, error.StatusCode);
    }

    [Theory]
    [InlineData("text/html", "(text/html)")]
    [InlineData(null, "(no content type)")]
    public void A_success_that_cannot_be_read_names_what_it_got(string? mediaType, string named)
    {
        var reader = new ResponseReader(new AlwaysFailingDialect());

        var error = Assert.Throws<BadgeApiException>(() => reader.Read(Call, Response(200, "<html>oops</html>", mediaType), IssuanceJsonContext.Default.BadgeTemplateItem));

        Assert.Equal($"Failing Probe answered HTTP 200 with a body that is not the expected JSON {named}; see ResponseBodySnippet.", error.Message);
        Assert.Equal("<html>oops</html>", error.ResponseBodySnippet);
        Assert.Equal("Probe", error.Operation);
        Assert.Equal(200, error.StatusCode);
    }

    [Fact]
    public void Ensure_success_passes_a_success_and_throws_a_failure_with_the_dialects_report()
    {
        var reader = new ResponseReader(new AlwaysFailingDialect());

        reader.EnsureSuccess(Call, Response(204, ""));
        var error = Assert.Throws<BadgeNotFoundException>(() => reader.EnsureSuccess(Call, Response(404, "{}")));

        Assert.Equal("dialect says no", error.ServerMessage);
    }

    private static BadgeHttpResponse Response(int status, string body, string? mediaType = "application/json")
        => new((HttpStatusCode)status, Encoding.UTF8.GetBytes(body), mediaType, null, 1, false);

    /// <summary>A vendor whose error bodies always report a failure.</summary>
    private sealed class AlwaysFailingDialect() : ResponseDialect("Failing")
    {
        public override ServerReport ReadReport(BadgeHttpResponse response) => new(false, "dialect says no", [], []);
    }
}
