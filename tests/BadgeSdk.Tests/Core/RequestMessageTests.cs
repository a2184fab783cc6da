using System.Net;
using System.Text;
using BadgeSdk.Core.Http;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Core;

/// <summary>How a call becomes the HTTP message of each attempt, and what the SDK says about itself.</summary>
public sealed class RequestMessageTests
{
    private static readonly Uri Base = new("https://api.test/v1/");

    [Fact]
    public async Task A_json_body_is_sent_as_utf8_json_with_the_sdk_headers_and_options()
    {
        var call = new BadgeHttpRequest("Write", HttpMethod.Post, "thing?x=1") { JsonBody = """{"a":1}"""u8.ToArray(), Safety = RetrySafety.NotIdempotent };
        call.Headers.Add(new("X-Request-Id", "r-9"));
        var log = new AttemptLog();

        using var message = call.ToMessage(new Uri(Base, call.Path), "agent/1", log);

        Assert.Equal(HttpMethod.Post, message.Method);
        Assert.Equal(new Uri("https://api.test/v1/thing?x=1"), message.RequestUri);
        Assert.Equal("application/json; charset=utf-8", message.Content!.Headers.ContentType!.ToString());
        Assert.Equal("""{"a":1}""", await message.Content.ReadAsStringAsync());
        Assert.Equal("agent/1", string.Join(" ", message.Headers.GetValues("User-Agent")));
        Assert.Equal("application/json", message.Headers.Accept.Single().MediaType);
        Assert.Equal("r-9", message.Headers.GetValues("X-Request-Id").Single());
        Assert.Equal(RetrySafety.NotIdempotent, message.Safety);
        Assert.Same(log, message.Attempts);
    }

    [Fact]
    public void Other_content_is_sent_as_given_and_no_body_is_no_content()
    {
        using var form = new MultipartFormDataContent();
        using var withForm = new BadgeHttpRequest("Upload", HttpMethod.Post, "up") { Content = form }.ToMessage(Base, "a", new AttemptLog());
        using var withNothing = new BadgeHttpRequest("Read", HttpMethod.Get, "thing").ToMessage(Base, "a", new AttemptLog());

        Assert.Same(form, withForm.Content);
        Assert.Null(withNothing.Content);
    }

    [Fact]
    public void An_attempt_log_counts_attempts_and_remembers_an_ambiguous_one()
    {
        var log = new AttemptLog();
        Assert.Equal(0, log.Attempts);
        Assert.False(log.EarlierAttemptMayHaveBeenProcessed);

        log.AttemptStarted();
        log.AttemptStarted();
        log.MarkAmbiguous();

        Assert.Equal(2, log.Attempts);
        Assert.True(log.EarlierAttemptMayHaveBeenProcessed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Without_an_application_id_the_user_agent_is_the_sdks_alone(string? applicationId)
    {
        var agent = UserAgent.Create(applicationId);

        Assert.StartsWith("BadgeSdk/", agent, StringComparison.Ordinal);
        Assert.Contains("(.NET", agent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_application_id_comes_first_in_the_user_agent()
    {
        Assert.Equal("contoso/2 " + UserAgent.Create(null), UserAgent.Create("contoso/2"));
    }

    [Fact]
    public async Task A_json_payload_declares_its_type_and_its_length_before_it_is_sent()
    {
        var image = new byte[] { 1, 2, 3, 4 };
        using var builder = new JsonPayloadBuilder();
        builder.Writer.WriteStartObject();
        builder.Writer.WritePropertyName("p");
        builder.WriteBase64StringValue("x:", image);
        builder.Writer.WriteEndObject();
        using var payload = builder.Build();

        var declared = payload.Headers.ContentLength;
        using var sent = new MemoryStream();
        await payload.CopyToAsync(sent);

        Assert.Equal("application/json; charset=utf-8", payload.Headers.ContentType!.ToString());
        Assert.Equal(sent.Length, declared);
        Assert.Equal("""{"p":"x:AQIDBA=="}""", Encoding.UTF8.GetString(sent.ToArray()));
    }

    [Fact]
    public async Task A_body_that_fails_while_buffering_is_released()
    {
        var content = new FailingContent();
        using var handler = new StubHandler((_, _) => new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
        using var probe = new ProbeTransport(handler, o => o.Retry.MaxRetries = 0);

        await Assert.ThrowsAsync<BadgeTransientException>(() => probe.Transport.SendAsync(new BadgeHttpRequest("Read", HttpMethod.Get, "thing"), default));

        Assert.True(content.Disposed);
    }

    [Fact]
    public async Task A_read_whose_body_is_cut_off_is_retried_and_answered_by_the_retry()
    {
        var cut = new FailingContent();
        using var handler = new StubHandler((_, n) => n == 1 ? new HttpResponseMessage(HttpStatusCode.OK) { Content = cut } : StubHandler.Json(HttpStatusCode.OK, """{"ok":true}"""));
        using var probe = new ProbeTransport(handler);

        var response = await probe.Transport.SendAsync(new BadgeHttpRequest("Read", HttpMethod.Get, "thing"), default);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, response.Attempts);
        Assert.Equal(2, handler.Requests.Count);
        Assert.True(cut.Disposed);
    }

    /// <summary>A body cut off mid-stream.</summary>
    private sealed class FailingContent : HttpContent
    {
        public bool Disposed { get; private set; }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => throw new IOException("cut off");

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
