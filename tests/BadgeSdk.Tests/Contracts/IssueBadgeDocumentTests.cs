using System.Text.Json.Nodes;
using BadgeSdk.Issuance;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Contracts;

/// <summary>IssueBadge's code-examples page as fixtures (tests/documents/issuebadge-api-code-examples).</summary>
[Collection(WireMockGroup.Name)]
[Trait("Category", "Contract")]
public sealed class IssueBadgeDocumentTests(WireMockServer wireMock)
{
    private const string Page = "issuebadge-api-code-examples";
    private const string Key = "unique-key-1762732800000";
    private static readonly (string, string) Auth = ("Authorization", "Bearer " + Clients.IssuanceToken);

    [Theory]
    [InlineData("request-1-basic")]
    [InlineData("request-2-expiration")]
    [InlineData("request-3-custom-fields")]
    [InlineData("request-4a-image-base64")]
    [InlineData("request-4b-image-url")]
    public async Task Request_example_goes_out_as_the_page_shows_it(string example)
    {
        var exchange = new DocumentExchange(wireMock, Page);
        await exchange.AnswerAsync("POST", "api/v1/issue/create", Auth, "response-1-success");
        using var client = Clients.Issuance(new Uri(exchange.BaseUri, "api/v1/"));

        await client.IssueBadgeAsync(Build(example));

        var sent = await exchange.SentAsync();
        Assert.Equal("application/json", sent.Header("Content-Type")?.Split(';')[0]);
        exchange.AssertSame(example, JsonNode.Parse(sent.Body)!);
    }

    [Fact]
    public async Task Request_example_5_the_get_query_carries_the_page_parameters_in_its_order()
    {
        var exchange = new DocumentExchange(wireMock, Page);
        var query = string.Join('&', Load("request-5-get-query").AsObject().Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!.GetValue<string>())}"));
        await exchange.AnswerAsync("GET", "api/v1/issue/create?" + query, Auth, "response-1-success");
        using var client = Clients.Issuance(new Uri(exchange.BaseUri, "api/v1/"));

        var result = await client.IssueBadgeViaGetAsync(new IssueBadgeRequest("abc123", "John Doe")
        {
            Email = "john@example.com",
            Phone = "+1234567890",
            ExpireDate = new DateOnly(2027, 11, 10),
            IdempotencyKey = Key,
        });

        var sent = await exchange.SentAsync();
        var parameters = new JsonObject();
        foreach (var pair in new Uri(wireMock.BaseUri, sent.Url).Query.TrimStart('?').Split('&'))
        {
            var (name, value) = (pair[..pair.IndexOf('=', StringComparison.Ordinal)], pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            parameters[Uri.UnescapeDataString(name)] = Uri.UnescapeDataString(value);
        }

        exchange.AssertSame("request-5-get-query", parameters);
        Assert.Equal(Load("request-5-get-query").AsObject().Select(p => p.Key), parameters.Select(p => p.Key));
        Assert.Equal("xyz789", result.IssueId);
    }

    [Fact]
    public async Task Response_example_reads_every_field()
    {
        var exchange = new DocumentExchange(wireMock, Page);
        await exchange.AnswerAsync("POST", "api/v1/issue/create", Auth, "response-1-success");
        using var client = Clients.Issuance(new Uri(exchange.BaseUri, "api/v1/"));

        var result = await client.IssueBadgeAsync(Build("request-1-basic"));

        // success: true is what makes it a result rather than an exception.
        Assert.Equal(new IssueBadgeResult("xyz789", new Uri("https://yourdomain.com/v/xyz789"), Key), result);
    }

    private static JsonNode Load(string example) => JsonNode.Parse(File.ReadAllText(Path.Combine(DocumentExchange.Folder(Page), example + ".json")))!;

    private static IssueBadgeRequest Build(string example)
    {
        var request = new IssueBadgeRequest("abc123", "John Doe") { Email = "john@example.com", IdempotencyKey = Key };
        switch (example)
        {
            case "request-1-basic":
                request.Phone = "+1234567890";
                break;
            case "request-2-expiration":
                request.ExpireDate = new DateOnly(2027, 11, 10);
                break;
            case "request-3-custom-fields":
                request.Metadata["employee_id"] = "EMP001";
                request.Metadata["department"] = "Engineering";
                request.Metadata["score"] = 95;
                request.Metadata["completion_date"] = new DateOnly(2025, 11, 10);
                request.Metadata["training_hours"] = 40;
                request.Metadata["instructor_name"] = "Jane Smith";
                break;
            case "request-4a-image-base64":
                request.Metadata["employee_id"] = "EMP001";
                request.Metadata["certificate_photo"] = BadgeImage.FromBytes(TestImages.Png);
                break;
            case "request-4b-image-url":
                request.Metadata["employee_id"] = "EMP001";
                request.Metadata["certificate_photo"] = BadgeImage.FromUrl("https://example.com/photo.jpg");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(example), example, null);
        }

        return request;
    }
}
