using System.Text.Json.Nodes;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Contracts;

/// <summary>
/// One document example over real HTTP: a WireMock stub under a fresh path prefix (exact URL and
/// auth header) answers with the page's response example; the request the SDK sent is then read
/// from the journal and compared with the page's request example.
/// </summary>
internal sealed class DocumentExchange(WireMockServer wireMock, string page)
{
    public string Prefix { get; } = $"/doc/{Guid.NewGuid():N}/";

    public Uri BaseUri => new(wireMock.BaseUri, Prefix);

    public static string Folder(string page) => Path.Combine(RepositoryRoot.Find(), "tests", "documents", page);

    public JsonNode Load(string example) => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder(page), example + ".json")))!;

    /// <summary>Answers <paramref name="method"/> on exactly <paramref name="url"/> (relative to <see cref="Prefix"/>) with the page's <paramref name="responseExample"/>.</summary>
    public Task AnswerAsync(string method, string url, (string Name, string Value) auth, string responseExample, int status = 200)
        => wireMock.StubAsync(new JsonObject
        {
            ["request"] = new JsonObject
            {
                ["method"] = method,
                ["url"] = Prefix + url,
                ["headers"] = new JsonObject { [auth.Name] = new JsonObject { ["equalTo"] = auth.Value } },
            },
            ["response"] = new JsonObject
            {
                ["status"] = status,
                ["headers"] = new JsonObject { ["Content-Type"] = "application/json" },
                ["body"] = File.ReadAllText(Path.Combine(Folder(page), responseExample + ".json")),
            },
        });

    /// <summary>The one request the SDK sent under <see cref="Prefix"/>.</summary>
    public async Task<RecordedRequest> SentAsync() => Assert.Single(await wireMock.RequestsAsync(Prefix));

    /// <summary>Asserts the sent JSON equals the page's <paramref name="example"/> up to the reviewed differences, and that each difference listed for it occurs.</summary>
    public void AssertSame(string example, JsonNode sent)
    {
        var differences = JsonCompare.Differences(Load(example), sent);
        var allowed = AllowedDifferences.All.Where(a => a.Page == page && a.Examples.Contains(example)).ToList();
        var unexplained = differences.Where(d => !allowed.Any(a => a.Allows(page, example, d))).ToList();
        var unused = allowed.Where(a => !differences.Any(d => a.Allows(page, example, d))).ToList();

        Assert.True(unexplained.Count == 0, $"{page}/{example}: the SDK's request differs from the page where no reviewed difference allows it:\n  " + string.Join("\n  ", unexplained));
        Assert.True(unused.Count == 0, $"{page}/{example}: reviewed differences that no longer occur (remove them):\n  " + string.Join("\n  ", unused.Select(u => $"{u.Kind} at {u.Path}")));
    }
}
