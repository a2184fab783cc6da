using System.Net;
using System.Text;
using BadgeSdk.Core.Http;
using BadgeSdk.Issuance.Wire;

namespace BadgeSdk.Tests.Core;

/// <summary>What a buffered response says about itself: success, whether it is JSON, and its body read leniently.</summary>
public sealed class BufferedResponseTests
{
    [Theory]
    [InlineData(199, false)]
    [InlineData(200, true)]
    [InlineData(204, true)]
    [InlineData(299, true)]
    [InlineData(300, false)]
    [InlineData(404, false)]
    public void Success_is_exactly_the_2xx_range(int status, bool success)
    {
        Assert.Equal(success, Response(status, "{}").IsSuccess);
    }

    [Theory]
    [InlineData("application/json", "x", false)]
    [InlineData("application/problem+JSON", "<h1>down</h1>", false)]
    [InlineData("text/html", "{}", true)]
    [InlineData("text/html", "[]", true)]
    [InlineData(null, " \r\n\t{\"a\":1}", true)]
    [InlineData(null, "[1]", true)]
    [InlineData(null, "<html/>", false)]
    [InlineData(null, "   ", false)]
    [InlineData(null, "", false)]
    public void Json_is_known_by_the_first_byte_whatever_the_media_type(string? mediaType, string body, bool json)
    {
        Assert.Equal(json, Response(200, body, mediaType).IsJson);
    }

    [Fact]
    public void A_json_body_is_read()
    {
        var envelope = Response(200, """{"success":false,"message":"m"}""").TryRead(IssuanceJsonContext.Default.IssuanceEnvelope);

        Assert.NotNull(envelope);
        Assert.False(envelope.Success);
        Assert.Equal("m", envelope.Message);
    }

    [Fact]
    public void Json_served_as_another_media_type_is_still_read()
    {
        var envelope = Response(200, """{"success":false}""", "text/plain").TryRead(IssuanceJsonContext.Default.IssuanceEnvelope);

        Assert.NotNull(envelope);
        Assert.False(envelope.Success);
    }

    [Theory]
    [InlineData("application/json", "<html>{}</html>")]
    [InlineData("application/json", "")]
    [InlineData("application/json", "{not json")]
    [InlineData("application/json", "[1,2]")]
    public void A_body_that_is_not_json_of_that_shape_reads_as_nothing(string mediaType, string body)
    {
        Assert.Null(Response(200, body, mediaType).TryRead(IssuanceJsonContext.Default.IssuanceEnvelope));
    }

    [Fact]
    public void Headers_are_found_among_the_response_headers_first_then_the_content_headers()
    {
        using var message = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([]) };
        message.Headers.TryAddWithoutValidation("X-Request-Id", "req-1");
        Assert.True(message.Headers.TryAddWithoutValidation("X-Both", "from-response"));
        Assert.True(message.Content.Headers.TryAddWithoutValidation("X-Both", "from-content"));
        message.Content.Headers.TryAddWithoutValidation("Content-Disposition", "inline");
        var response = new BadgeHttpResponse(HttpStatusCode.OK, [], null, null, 1, false, headers: message.Headers, contentHeaders: message.Content.Headers);

        Assert.True(response.TryGetHeader("x-request-id", out var id));
        Assert.Equal("req-1", id);
        Assert.True(response.TryGetHeader("Content-Disposition", out var disposition));
        Assert.Equal("inline", disposition);
        Assert.True(response.TryGetHeader("x-both", out var both));
        Assert.Equal("from-response", both);
        Assert.Equal(["Content-Disposition", "X-Both", "X-Both", "X-Request-ID"], response.Headers.Select(h => h.Key).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("X-Request-Id")]
    [InlineData("Request-Id")]
    [InlineData("X-Correlation-Id")]
    [InlineData("x-amzn-requestid")]
    public void The_request_id_is_read_from_each_common_header(string header)
    {
        using var message = new HttpResponseMessage(HttpStatusCode.OK);
        message.Headers.TryAddWithoutValidation(header, "req-7");

        Assert.Equal("req-7", new BadgeHttpResponse(HttpStatusCode.OK, [], null, null, 1, false, headers: message.Headers).RequestId);
    }

    [Fact]
    public void The_first_request_id_header_in_order_wins_and_none_reads_as_null()
    {
        using var message = new HttpResponseMessage(HttpStatusCode.OK);
        message.Headers.TryAddWithoutValidation("X-Amzn-RequestId", "amzn");
        message.Headers.TryAddWithoutValidation("Request-Id", "plain");

        Assert.Equal("plain", new BadgeHttpResponse(HttpStatusCode.OK, [], null, null, 1, false, headers: message.Headers).RequestId);
        Assert.Null(Response(200, "{}").RequestId);
    }

    [Fact]
    public void A_response_describes_itself_by_status_and_attempts_only()
    {
        Assert.Equal("HTTP 503 after 3 attempt(s)", new BadgeHttpResponse(HttpStatusCode.ServiceUnavailable, "secret"u8.ToArray(), "text/plain", null, 3, false).ToString());
    }

    [Fact]
    public void A_response_without_headers_has_none_to_find()
    {
        var response = Response(200, "{}");

        Assert.False(response.TryGetHeader("Content-Type", out var value));
        Assert.Null(value);
        Assert.Empty(response.Headers);
    }

    private static BadgeHttpResponse Response(int status, string body, string? mediaType = "application/json")
        => new((HttpStatusCode)status, Encoding.UTF8.GetBytes(body), mediaType, null, 1, false);
}
