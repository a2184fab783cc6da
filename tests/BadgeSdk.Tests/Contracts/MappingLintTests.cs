using System.Text.Json.Nodes;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Contracts;

/// <summary>Every file under tests/wiremock/mappings is strict, or says in its own metadata why it may match loosely.</summary>
[Trait("Category", "Contract")]
public sealed class MappingLintTests
{
    public static TheoryData<string> MappingFiles()
    {
        var root = Path.Combine(RepositoryRoot.Find(), "tests", "wiremock", "mappings");
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MappingFiles))]
    public void Mapping_is_strict_or_says_why_not(string file)
    {
        var path = Path.Combine(RepositoryRoot.Find(), "tests", "wiremock", "mappings", file);
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        var mappings = root["mappings"] is JsonArray many ? many.Select(m => m!).ToList() : [root];

        var problems = mappings.SelectMany(m => MappingLint.Problems(m).Select(p => $"{m["name"]}: {p}")).ToList();

        Assert.True(problems.Count == 0, $"{file} is loose without saying so in metadata.loose:\n  " + string.Join("\n  ", problems));
    }

    [Fact]
    public void There_are_mappings_to_lint() => Assert.True(MappingFiles().Count >= 50);

    [Theory]
    [InlineData("""{"request":{"method":"POST","urlPath":"/a","headers":{"Authorization":{"equalTo":"Bearer x"}},"bodyPatterns":[{"equalToJson":{"a":1}}]}}""", "not exactly by url")]
    [InlineData("""{"request":{"method":"ANY","url":"/a","headers":{"Authorization":{"equalTo":"Bearer x"}}}}""", "not one verb")]
    [InlineData("""{"request":{"method":"GET","url":"/a"}}""", "no exact auth header")]
    [InlineData("""{"request":{"method":"POST","url":"/a","headers":{"Authorization":{"equalTo":"Bearer x"}},"bodyPatterns":[{"matchesJsonPath":"$.a"}]}}""", "not equalToJson")]
    [InlineData("""{"request":{"method":"POST","url":"/a","headers":{"Authorization":{"equalTo":"Bearer x"}},"bodyPatterns":[{"equalToJson":{"a":1},"ignoreExtraElements":true}]}}""", "ignores extra elements")]
    [InlineData("""{"request":{"method":"POST","url":"/a","headers":{"Authorization":{"equalTo":"Bearer x"}},"bodyPatterns":[{"equalToJson":{"a":"${json-unit.any-string}"}}]}}""", "any string")]
    [InlineData("""{"request":{"method":"POST","url":"/a","headers":{"Authorization":{"equalTo":"Bearer x"}},"bodyPatterns":[{"equalToJson":{"a":"${json-unit.ignore}"}}]}}""", "ignores an element")]
    [InlineData("""{"request":{"method":"POST","url":"/a","headers":{"Authorization":{"equalTo":"Bearer x"}}}}""", "any body matches")]
    [InlineData("""{"request":{"method":"GET","urlPath":"/a","queryParameters":{"q":{"equalTo":"1"}},"headers":{"Authorization":{"equalTo":"Bearer x"}}}}""", "queryParameters")]
    [InlineData("""{"request":{"method":"POST","url":"/a","headers":{"Authorization":{"equalTo":"Bearer x"}},"multipartPatterns":[{"headers":{"Content-Disposition":{"contains":"name=\"n\""}}}]}}""", "multipart part")]
    public void The_lint_finds_each_kind_of_looseness(string mapping, string expected)
        => Assert.Contains(MappingLint.Problems(JsonNode.Parse(mapping)!), p => p.Contains(expected, StringComparison.Ordinal));

    [Fact]
    public void A_strict_mapping_and_a_declared_loose_one_pass()
    {
        Assert.Empty(MappingLint.Problems(JsonNode.Parse("""{"request":{"method":"POST","url":"/a","headers":{"Authorization":{"equalTo":"Bearer x"}},"bodyPatterns":[{"equalToJson":{"a":1,"idempotency_key":"${json-unit.any-string}"}}]}}""")!));
        Assert.Empty(MappingLint.Problems(JsonNode.Parse("""{"metadata":{"loose":"a 401 for a wrong token on every route"},"request":{"method":"ANY","urlPathPattern":"/.*"}}""")!));
    }
}
