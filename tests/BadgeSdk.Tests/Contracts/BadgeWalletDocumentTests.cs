using System.Text.Json.Nodes;
using BadgeSdk.Passes;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Contracts;

/// <summary>Badge's getting-started page as fixtures (tests/documents/badge-wallet-getting-started).</summary>
[Collection(WireMockGroup.Name)]
[Trait("Category", "Contract")]
public sealed class BadgeWalletDocumentTests(WireMockServer wireMock)
{
    private const string Page = "badge-wallet-getting-started";

    [Fact]
    public async Task Upsert_example_goes_out_as_the_page_shows_it_and_its_response_reads_every_field()
    {
        var exchange = new DocumentExchange(wireMock, Page);
        await exchange.AnswerAsync("POST", "v0/rpc/userPassUpsert", ("Authorization", "Bearer " + Clients.PassesKey), "response-1-upsert");
        using var client = Clients.Passes(exchange.BaseUri);
        var user = new PassUser("66565") { Email = "member@example.com", Attributes = { ["memberBalance"] = "1000" } };
        var pass = new PassDetails("88787") { Attributes = { ["ticketNumber"] = "ABC123", ["ticketExpiration"] = "New Value" } };

        var result = await client.UpsertUserPassAsync(UpsertUserPassRequest.ForPass("a84f890a-2478-925f-38ba-673e833e526c", user, pass));

        var sent = await exchange.SentAsync();
        Assert.Equal("application/json", sent.Header("Accept"));
        Assert.Equal("application/json", sent.Header("Content-Type")?.Split(';')[0]);
        exchange.AssertSame("request-1-upsert", JsonNode.Parse(sent.Body)!);
        Assert.Equal(new Uri("https://example.com/download?id=123&token=123"), result.DownloadUrl);
        Assert.Equal("88787", result.PassId);
    }
}
