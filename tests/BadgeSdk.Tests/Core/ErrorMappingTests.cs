using System.Net;
using System.Text;
using BadgeSdk.Core.Errors;
using BadgeSdk.Core.Http;

namespace BadgeSdk.Tests.Core;

public class ErrorMappingTests
{
    private static readonly BadgeHttpRequest Request = new("IssueBadge", HttpMethod.Post, "issue/create") { IdempotencyKey = "k-1", RequestId = "r-1" };

    [Theory]
    [InlineData(400, typeof(BadgeValidationException))]
    [InlineData(422, typeof(BadgeValidationException))]
    [InlineData(401, typeof(BadgeAuthenticationException))]
    [InlineData(403, typeof(BadgeAuthenticationException))]
    [InlineData(404, typeof(BadgeNotFoundException))]
    [InlineData(409, typeof(BadgeConflictException))]
    [InlineData(429, typeof(BadgeRateLimitException))]
    [InlineData(408, typeof(BadgeTransientException))]
    [InlineData(500, typeof(BadgeTransientException))]
    [InlineData(503, typeof(BadgeTransientException))]
    [InlineData(418, typeof(BadgeApiException))]
    public void Status_selects_the_exception_a_caller_acts_on(int status, Type expected)
    {
        var error = BadgeErrorFactory.FromResponse("IssueBadge", Request, Response(status, """{"message":"nope"}"""), Report("nope"));

        Assert.IsType(expected, error);
        Assert.Equal(status, error.StatusCode);
        Assert.Equal("nope", error.ServerMessage);
        Assert.Equal("k-1", error.IdempotencyKey);
        Assert.Equal("r-1", error.RequestId);
        Assert.Contains($"HTTP {status}: nope", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_error_page_becomes_an_exception_with_a_snippet()
    {
        var html = "<html><body><h1>502 Bad Gateway</h1></body></html>";

        var error = BadgeErrorFactory.FromResponse("IssueBadge", Request, Response(502, html, "text/html"), ServerReport.None);

        Assert.IsType<BadgeTransientException>(error);
        Assert.Contains("not JSON (text/html)", error.Message, StringComparison.Ordinal);
        Assert.Equal(html, error.ResponseBodySnippet);
    }

    [Fact]
    public void Vendor_codes_and_retry_after_are_kept()
    {
        var errors = new[] { new BadgeError(728, "At least one owner is required", "ownership.restrictedToOwners"), new BadgeError(722, "Start Date cannot be past date") };

        var error = BadgeErrorFactory.FromResponse("Capillary", Request, Response(429, "{}", retryAfter: TimeSpan.FromSeconds(90)), new ServerReport(null, null, errors, []));

        Assert.Equal(728, error.ErrorCode);
        Assert.Equal(errors, error.Errors);
        Assert.Equal(TimeSpan.FromSeconds(90), error.RetryAfter);
        Assert.Contains("HTTP 429: [728: At least one owner is required (ownership.restrictedToOwners)]", error.Message, StringComparison.Ordinal);
        Assert.Contains("[722: Start Date cannot be past date]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Snippet_is_bounded()
    {
        var error = BadgeErrorFactory.FromResponse("IssueBadge", Request, Response(500, new string('x', 10_000), "text/plain"), ServerReport.None);

        Assert.Equal(BadgeApiException.MaxSnippetLength + 1, error.ResponseBodySnippet!.Length);
        Assert.EndsWith("…", error.ResponseBodySnippet, StringComparison.Ordinal);
    }

    private static ServerReport Report(string message) => new(null, message, [], []);

    private static BadgeHttpResponse Response(int status, string body, string mediaType = "application/json", TimeSpan? retryAfter = null)
        => new((HttpStatusCode)status, Encoding.UTF8.GetBytes(body), mediaType, retryAfter, 1, false);
}
