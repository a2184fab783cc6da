using System.Net;
using System.Text;
using BadgeSdk.Core.Errors;
using BadgeSdk.Core.Http;

namespace BadgeSdk.Tests.Core;

/// <summary>The one wording every area uses for a failure, and the bounded body snippet an exception carries.</summary>
public sealed class ErrorDescriptionTests
{
    private static readonly BadgeHttpRequest Call = new("Op", HttpMethod.Post, "x") { IdempotencyKey = "k", RequestId = "r" };

    [Fact]
    public void Success_false_without_a_message_says_so()
    {
        Assert.Equal("Api Op failed with HTTP 200: the body said success:false without a message.", Describe(Response(200, "{}"), new ServerReport(false, " ", [], [])));
    }

    [Theory]
    [InlineData("text/html", "<h1>down</h1>", "Api Op failed with HTTP 502: the response was not JSON (text/html); see ResponseBodySnippet. It may have been processed: retry only with the same idempotency key 'k', or re-read the current state; never send it again under a new one.")]
    [InlineData(null, "down", "Api Op failed with HTTP 502: the response was not JSON (no content type); see ResponseBodySnippet. It may have been processed: retry only with the same idempotency key 'k', or re-read the current state; never send it again under a new one.")]
    [InlineData("text/html", "", "Api Op failed with HTTP 502. It may have been processed: retry only with the same idempotency key 'k', or re-read the current state; never send it again under a new one.")]
    [InlineData("application/json", "{}", "Api Op failed with HTTP 502. It may have been processed: retry only with the same idempotency key 'k', or re-read the current state; never send it again under a new one.")]
    public void A_body_without_a_report_is_described_by_its_type_and_a_502_write_may_have_been_processed(string? mediaType, string body, string expected)
    {
        Assert.Equal(expected, Describe(Response(502, body, mediaType), ServerReport.None));
    }

    [Fact]
    public void Errors_are_listed_with_their_codes_and_references_and_the_wait_is_added()
    {
        var report = new ServerReport(null, "ignored when there are errors", [new BadgeError(1, "one", "field.a"), new BadgeError(2, "two")], []);

        var text = Describe(Response(429, "{}", retryAfter: TimeSpan.FromSeconds(1.5)), report);

        Assert.Equal("Api Op failed with HTTP 429: [1: one (field.a)] [2: two] (retry after 1.5 s).", text);
    }

    [Fact]
    public void The_server_message_follows_the_status()
    {
        Assert.Equal("Api Op failed with HTTP 404: gone (retry after 30 s).", Describe(Response(404, "{}", retryAfter: TimeSpan.FromSeconds(30)), new ServerReport(null, "gone", [], [])));
    }

    [Theory]
    [InlineData(400, typeof(BadgeValidationException))]
    [InlineData(402, typeof(BadgeApiException))]
    [InlineData(499, typeof(BadgeApiException))]
    [InlineData(501, typeof(BadgeTransientException))]
    [InlineData(599, typeof(BadgeTransientException))]
    public void Statuses_at_the_edges_of_the_table_choose_their_exception(int status, Type expected)
    {
        Assert.IsType(expected, BadgeErrorFactory.FromResponse("Api", Call, Response(status, "{}"), ServerReport.None));
    }

    [Fact]
    public void A_failure_carries_every_diagnostic()
    {
        var errors = new[] { new BadgeError(7, "seven") };
        var error = BadgeErrorFactory.FromResponse("Api", Call, Response(409, "body", "text/plain", TimeSpan.FromSeconds(2)), new ServerReport(null, "m", errors, []));

        Assert.Equal("Op", error.Operation);
        Assert.Equal(409, error.StatusCode);
        Assert.Equal(errors, error.Errors);
        Assert.Equal(7, error.ErrorCode);
        Assert.Equal("m", error.ServerMessage);
        Assert.Equal("k", error.IdempotencyKey);
        Assert.Equal("r", error.RequestId);
        Assert.Equal(TimeSpan.FromSeconds(2), error.RetryAfter);
        Assert.Equal("body", error.ResponseBodySnippet);
    }

    [Fact]
    public void A_call_without_a_response_carries_what_is_known()
    {
        var cause = new HttpRequestException("x");

        var error = BadgeErrorFactory.NoResponse("lost", Call, cause, mayHaveBeenProcessed: false, TimeSpan.FromSeconds(3));

        Assert.Equal("lost", error.Message);
        Assert.Same(cause, error.InnerException);
        Assert.Equal(("Op", "k", "r", (TimeSpan?)TimeSpan.FromSeconds(3)), (error.Operation, error.IdempotencyKey, error.RequestId, error.RetryAfter));
        Assert.Null(error.StatusCode);
        Assert.Null(error.ErrorCode);
        Assert.Empty(error.Errors);
    }

    [Fact]
    public void An_empty_body_has_no_snippet()
    {
        Assert.Null(BadgeApiException.Snippet([]));
    }

    [Fact]
    public void A_body_of_exactly_the_snippet_length_is_kept_whole()
    {
        var body = new string('x', BadgeApiException.MaxSnippetLength);

        Assert.Equal(body, BadgeApiException.Snippet(Encoding.UTF8.GetBytes(body)));
    }

    [Fact]
    public void A_long_body_of_multibyte_text_is_cut_at_the_snippet_length_in_characters()
    {
        var body = new string('é', BadgeApiException.MaxSnippetLength * 3);

        var snippet = BadgeApiException.Snippet(Encoding.UTF8.GetBytes(body));

        Assert.Equal(new string('é', BadgeApiException.MaxSnippetLength) + "…", snippet);
    }

    [Theory]
    [InlineData(299, false)]
    [InlineData(300, true)]
    [InlineData(307, true)]
    [InlineData(399, true)]
    [InlineData(400, false)]
    public void Only_a_3xx_with_a_location_is_described_as_a_redirect(int status, bool redirect)
    {
        var response = new BadgeHttpResponse((HttpStatusCode)status, [], null, null, 1, false, new Uri("https://elsewhere.test/v1/path?token=secret"));

        var text = Describe(response, ServerReport.None);

        Assert.Equal(redirect, text.Contains(": a redirect to https://elsewhere.test/v1/path, which the SDK does not follow", StringComparison.Ordinal));
        Assert.DoesNotContain("secret", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gone  ", "gone.")]
    [InlineData("gone \t\n", "gone.")]
    [InlineData("Unauthenticated. ", "Unauthenticated.")]
    [InlineData("really?", "really?")]
    [InlineData("stop!", "stop!")]
    [InlineData("", ".")]
    [InlineData("  ", ".")]
    public void A_sentence_ends_with_one_stop_and_no_trailing_space(string text, string expected)
    {
        Assert.Equal(expected, BadgeErrorFactory.EndSentence(new StringBuilder(System.Text.RegularExpressions.Regex.Unescape(text))).ToString());
    }

    private static string Describe(BadgeHttpResponse response, ServerReport report) => BadgeErrorFactory.Describe("Api", Call, response, report);

    private static BadgeHttpResponse Response(int status, string body, string? mediaType = "application/json", TimeSpan? retryAfter = null)
        => new((HttpStatusCode)status, Encoding.UTF8.GetBytes(body), mediaType, retryAfter, 1, false);
}
