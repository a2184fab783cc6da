using System.Text.Json.Nodes;

namespace BadgeSdk.Tests.Infrastructure;

/// <summary>Builds WireMock stub mappings without brace-counting in interpolated strings.</summary>
internal static class Mapping
{
    /// <summary>A stub for <paramref name="method"/> on exactly <paramref name="path"/> answering <paramref name="responseJson"/>.</summary>
    public static string Of(string method, string path, string responseJson, string? scenario = null, string? requiredState = null, string? newState = null)
        => Build(method, path, responseJson, header: null, scenario, requiredState, newState);

    /// <summary>A stub that matches only when header <paramref name="name"/> equals <paramref name="value"/>.</summary>
    public static string WithHeader(string method, string path, string name, string value, string responseJson)
        => Build(method, path, responseJson, (name, value), null, null, null);

    private static string Build(string method, string path, string responseJson, (string Name, string Value)? header, string? scenario, string? requiredState, string? newState)
    {
        var request = new JsonObject { ["method"] = method, ["urlPath"] = path };
        if (header is { } h)
        {
            request["headers"] = new JsonObject { [h.Name] = new JsonObject { ["equalTo"] = h.Value } };
        }

        var mapping = new JsonObject
        {
            ["request"] = request,
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
