using System.Net;
using System.Net.Http.Headers;
using System.Text;
using BadgeSdk.Core.Http;
using BadgeSdk.Issuance;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Core;

/// <summary>
/// The SDK never resumes on the caller's <see cref="SynchronizationContext"/>: a UI thread or a
/// classic ASP.NET request that blocks on an SDK call must not deadlock. Each test makes a
/// different step of the call complete later, so every await on the way is checked.
/// </summary>
public sealed class SynchronizationContextTests
{
    private const string IssueOk = """{"success":true,"IssueId":"i-1","publicUrl":"https://app.issuebadge.com/p/i-1"}""";

    public static TheoryData<string, bool> IssuanceOperations()
    {
        var data = new TheoryData<string, bool>();
        foreach (var operation in new[] { "IssueBadge", "IssueBadgeViaGet", "ListBadgeTemplates", "CreateBadgeTemplate", "ValidateApiKey" })
        {
            data.Add(operation, true);
            data.Add(operation, false);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(IssuanceOperations))]
    public async Task Issuance_calls_do_not_resume_on_the_callers_context_when_the_server_answers_later(string operation, bool resilience)
    {
        using var handler = new LaterHandler(_ => StubHandler.Json(HttpStatusCode.OK, operation == "ListBadgeTemplates" ? """{"data":[]}""" : IssueOk));
        using var client = new IssuanceClient(Options(resilience), handler);
        var context = new CountingSynchronizationContext();

        var outcome = await context.Start(() => Call(client, operation));

        Assert.True(outcome);
        Assert.Equal(0, context.Posts);
        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task Buffering_a_body_that_arrives_later_does_not_resume_on_the_callers_context()
    {
        using var handler = new StubHandler((_, _) => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StreamContent(new YieldingStream(Encoding.UTF8.GetBytes(IssueOk))) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        });
        using var client = new IssuanceClient(Options(resilience: true), handler);
        var context = new CountingSynchronizationContext();

        var issued = await context.Start(() => client.IssueBadgeAsync(new IssueBadgeRequest("abc123", "John Doe")));

        Assert.Equal("i-1", issued.IssueId);
        Assert.Equal(0, context.Posts);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Writing_a_json_payload_to_a_slow_stream_does_not_resume_on_the_callers_context(int asyncFrom)
    {
        // Writes: the JSON before the value, the data: prefix, then the base64 digits.
        using var builder = new JsonPayloadBuilder();
        builder.Writer.WriteStartObject();
        builder.Writer.WritePropertyName("photo");
        builder.WriteBase64StringValue("data:image/png;base64,", TestImages.Png);
        builder.Writer.WriteEndObject();
        using var payload = builder.Build();
        var stream = new YieldingStream(asyncFrom);
        var context = new CountingSynchronizationContext();

        var written = await context.Start(async () =>
        {
            await payload.CopyToAsync(stream).ConfigureAwait(false);
            return stream.Written;
        });

        Assert.Equal($$"""{"photo":"data:image/png;base64,{{Convert.ToBase64String(TestImages.Png)}}"}""", Encoding.UTF8.GetString(written));
        Assert.Equal(0, context.Posts);
    }

    private static async Task<bool> Call(IssuanceClient client, string operation)
    {
        switch (operation)
        {
            case "IssueBadge":
                return (await client.IssueBadgeAsync(new IssueBadgeRequest("abc123", "John Doe")).ConfigureAwait(false)).IssueId == "i-1";
            case "IssueBadgeViaGet":
                return (await client.IssueBadgeViaGetAsync(new IssueBadgeRequest("abc123", "John Doe")).ConfigureAwait(false)).IssueId == "i-1";
            case "ListBadgeTemplates":
                return (await client.ListBadgeTemplatesAsync().ConfigureAwait(false)).Count == 0;
            case "CreateBadgeTemplate":
                return (await client.CreateBadgeTemplateAsync(new CreateBadgeTemplateRequest("n", "d", "o")).ConfigureAwait(false)).RawJson == IssueOk;
            default:
                return (await client.ValidateApiKeyAsync().ConfigureAwait(false)).IsValid;
        }
    }

    private static IssuanceClientOptions Options(bool resilience) => new() { ApiToken = "t", EnableResilience = resilience };
}
