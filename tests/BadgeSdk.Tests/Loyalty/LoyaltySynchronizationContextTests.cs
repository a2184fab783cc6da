using System.Net;
using BadgeSdk.Loyalty;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Loyalty;

/// <summary>The Loyalty client never resumes on the caller's <see cref="SynchronizationContext"/> (see the Core tests of the same name).</summary>
public sealed class LoyaltySynchronizationContextTests
{
    private const string Created = """{"data":{"id":"b-1","name":"B"}}""";
    private const string Issued = """{"data":{"issuedBadges":[{"customerId":1,"issuedId":"i-1"},{"customerId":2,"issuedId":"i-2"}]}}""";
    private const string Token = """{"data":{"accessToken":"tok","ttlSeconds":3600}}""";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Creating_a_badge_does_not_resume_on_the_callers_context(bool oauth)
    {
        using var handler = new LaterHandler(r => StubHandler.Json(HttpStatusCode.OK, r.RequestUri!.AbsolutePath.EndsWith("/generate", StringComparison.Ordinal) ? Token : Created));
        using var client = new LoyaltyClient(Options(oauth), handler);
        var context = new CountingSynchronizationContext();
        var now = DateTimeOffset.UtcNow;

        var created = await context.Start(() => client.CreateBadgeAsync(new CreateBadgeRequest("B", now.AddDays(1), now.AddDays(30)) { Ownership = { RestrictedToOwners = { OwnerType.Loyalty } } }));

        Assert.Equal("b-1", created.Badge.Id);
        Assert.Equal(0, context.Posts);
        Assert.Equal(oauth ? 2 : 1, handler.Calls);
    }

    [Fact]
    public async Task Issuing_in_chunks_does_not_resume_on_the_callers_context()
    {
        using var handler = new LaterHandler(_ => StubHandler.Json(HttpStatusCode.OK, Issued));
        var options = Options(oauth: false);
        options.IssueBulkChunkSize = 1;
        options.IssueBulkMaxConcurrency = 1;
        using var client = new LoyaltyClient(options, handler);
        var context = new CountingSynchronizationContext();

        var result = await context.Start(() => client.IssueBulkAsync(new IssueBulkRequest("b-1", [1, 2]) { RequestId = "sync" }));

        Assert.True(result.AllEnrolled);
        Assert.Equal(0, context.Posts);
        Assert.Equal(2, handler.Calls);
    }

    private static LoyaltyClientOptions Options(bool oauth) => oauth
        ? new LoyaltyClientOptions { OAuthClientKey = "k", OAuthClientSecret = "s" }
        : new LoyaltyClientOptions { TillId = "till", Password = "pw" };
}
