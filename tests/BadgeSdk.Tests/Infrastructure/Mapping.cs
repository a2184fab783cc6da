using System.Text.Json.Nodes;

namespace BadgeSdk.Tests.Infrastructure;

/// <summary>Builds WireMock stub mappings without brace-counting in interpolated strings.</summary>
internal static class Mapping
{
    /// <summary>A stub for <paramref name="method"/> on exactly <paramref name="path"/> answering <paramref name="responseJson"/>.</summary>
    public static string Of(string method, string path, string responseJson, string? scenario = null, string? requiredState = null, string? newState = null)
    {
        var mapping = new JsonObject
        {
            ["request"] = new JsonObject { ["method"] = method, ["urlPath"] = path },
            ["response"] = JsonNode.Parse(responseJson),
        };
        if (scenario is not null)
        {
            mapping["scenarioName"] = scenario;
            mapping["requiredScenarioState"] = requiredState;
            if (newState is not null)
            {
                mapping["newScenarioState"] = newState;
            }
        }

        return mapping.ToJsonString();
    }
}
