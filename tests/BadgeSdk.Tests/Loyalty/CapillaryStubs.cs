using System.Text.Json.Nodes;
using BadgeSdk.Loyalty;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Loyalty;

/// <summary>Strict stubs under a prefix of their own, so tests never see each other's requests: exact method and URL, the Basic header, and <c>equalToJson</c> bodies with no ignored extras.</summary>
internal sealed class CapillaryStubs(WireMockServer wireMock)
{
    public string Prefix { get; } = $"/t/{Guid.NewGuid():N}/";

    public string Scenario { get; } = "s-" + Guid.NewGuid().ToString("N");

    /// <summary>The vendor's example <paramref name="name"/> of operation <paramref name="operation"/> (a copy in tests/wiremock/__files/capillary).</summary>
    public static string Doc(string operation, string name)
        => File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "tests", "wiremock", "__files", "capillary", operation, name));

    /// <summary>An answer that serves the vendor's example file itself.</summary>
    public static string Answer(string operation, string name, int status = 200)
        => new JsonObject { ["status"] = status, ["headers"] = new JsonObject { ["Content-Type"] = "application/json" }, ["bodyFileName"] = $"capillary/{operation}/{name}" }.ToJsonString();

    public async Task StubAsync(string method, string url, string response, string? body = null, (string Name, string Value)? header = null, string? from = null, string? to = null)
    {
        var mapping = JsonNode.Parse(CapillaryMapping.Of(method, Prefix + url, response, body, from is null ? null : Scenario, from, to))!;
        if (header is { } h)
        {
            mapping["request"]!["headers"]![h.Name] = new JsonObject { ["equalTo"] = h.Value };
        }

        await wireMock.StubAsync(mapping);
    }

    public Task<IReadOnlyList<RecordedRequest>> RequestsAsync() => wireMock.RequestsAsync(Prefix);

    public LoyaltyClient Client(DateTimeOffset now, Action<LoyaltyClientOptions>? configure = null)
        => Clients.Loyalty(new Uri(wireMock.BaseUri, Prefix), o =>
        {
            o.UseTimeProvider(new ManualTimeProvider(now));
            configure?.Invoke(o);
        });
}
