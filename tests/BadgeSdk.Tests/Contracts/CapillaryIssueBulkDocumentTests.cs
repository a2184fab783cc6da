using System.Text.Json.Nodes;
using BadgeSdk.Loyalty;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Contracts;

/// <summary>Capillary's issueBulk page as fixtures (tests/documents/capillary-enrol-customers-issuebulk).</summary>
[Collection(WireMockGroup.Name)]
[Trait("Category", "Contract")]
public sealed class CapillaryIssueBulkDocumentTests(WireMockServer wireMock)
{
    private const string Page = AllowedDifferences.IssueBulk;
    private const string Path = "api_gateway/v1/badges/badgeMeta/customer/issueBulk";

    // The page's 2024-04-23T13:44:15+05:30.
    private static readonly DateTimeOffset EventDate = new(2024, 4, 23, 13, 44, 15, TimeSpan.FromHours(5.5));

    [Fact]
    public async Task Request_example_1_goes_out_as_the_page_shows_it_and_response_example_1_reads_every_field()
    {
        var exchange = new DocumentExchange(wireMock, Page);
        await exchange.AnswerAsync("POST", Path, ("Authorization", CapillaryMapping.Authorization), "response-1");
        using var client = Clients.Loyalty(exchange.BaseUri);

        var result = await client.IssueBulkAsync(new IssueBulkRequest("66276dc68fe258516a88ff8e", [62090013])
        {
            RequestId = "21390",
            EventDate = EventDate,
            TriggeredBy = new BadgeTrigger(OwnerType.Loyalty, "123694"),
        });

        exchange.AssertSame("request-1", JsonNode.Parse((await exchange.SentAsync()).Body)!);

        // The page pairs this request with a response about another customer, badge and request id:
        // the result reports what the server said, and the asked-for customer as not answered.
        Assert.Equal("693804d8cebb9648d8974489", result.BadgeId);
        Assert.Equal("21390a", result.RequestId);
        Assert.Equal(new BadgeTrigger(OwnerType.Loyalty, "123694a"), result.TriggeredBy);
        Assert.Equal(new DateTimeOffset(2031, 1, 15, 9, 32, 37, TimeSpan.Zero), result.ExpiresOn);
        Assert.Empty(result.Warnings);
        var asked = Assert.Single(result.Customers);
        Assert.Equal((62090013L, EnrolmentOutcome.Unknown, "21390"), (asked.CustomerId, asked.Outcome, asked.RequestId));
    }

    [Fact]
    public async Task Request_example_2_goes_out_as_the_page_shows_it_and_response_example_2_reads_every_field()
    {
        var exchange = new DocumentExchange(wireMock, Page);
        await exchange.AnswerAsync("POST", Path, ("Authorization", CapillaryMapping.Authorization), "response-2");
        using var client = Clients.Loyalty(exchange.BaseUri);

        var sentIds = new long[] { 62090013, 123 };
        await client.IssueBulkAsync(new IssueBulkRequest("653de84db3cda7078c7c68ed", sentIds)
        {
            RequestId = "10few789",
            EventDate = EventDate,
            TriggeredBy = new BadgeTrigger(OwnerType.Loyalty, "626"),
        });
        exchange.AssertSame("request-2", JsonNode.Parse((await exchange.SentAsync()).Body)!);

        // The response example names customers 566881934 and 566881933; asked for those, every field reads.
        var answered = new DocumentExchange(wireMock, Page);
        await answered.AnswerAsync("POST", Path, ("Authorization", CapillaryMapping.Authorization), "response-2");
        using var second = Clients.Loyalty(answered.BaseUri);
        var result = await second.IssueBulkAsync(new IssueBulkRequest("653de84db3cda7078c7c68ed", [566881934, 566881933]) { RequestId = "10few789" });

        Assert.Equal("693804d8cebb9648d8974489", result.BadgeId);
        Assert.Equal("434e0d861777711w2yyybj265", result.RequestId);
        Assert.Equal(new BadgeTrigger(OwnerType.Loyalty, "string"), result.TriggeredBy);
        Assert.Equal(new DateTimeOffset(2031, 1, 15, 9, 32, 37, TimeSpan.Zero), result.ExpiresOn);
        Assert.Empty(result.Warnings);
        Assert.Equal(2, result.Customers.Count);
        var enrolled = result.Customers[0];
        Assert.Equal((566881934L, EnrolmentOutcome.Enrolled, "69381605cebb9648d8974536", BadgeStatus.Active), (enrolled.CustomerId, enrolled.Outcome, enrolled.IssuedId, enrolled.Status!.Value));
        Assert.Null(enrolled.Error);
        var refused = result.Customers[1];
        Assert.Equal((566881933L, EnrolmentOutcome.Failed, "69381523cebb9648d8974534", BadgeStatus.Active), (refused.CustomerId, refused.Outcome, refused.IssuedId, refused.Status!.Value));
        Assert.Equal(new BadgeError(1040, "An active issue for the badge already exists.", null), refused.Error);
        Assert.True(refused.IsAlreadyEnrolled);
        Assert.All(result.Customers, c => Assert.Equal("10few789", c.RequestId));
    }
}
