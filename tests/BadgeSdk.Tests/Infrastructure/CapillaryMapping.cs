using System.Text.Json.Nodes;

namespace BadgeSdk.Tests.Infrastructure;

/// <summary>Strict Capillary stubs made in a test: exact method and URL (path and every query parameter), the Basic header the test client sends, and an exact JSON body when one is given.</summary>
internal static class CapillaryMapping
{
    /// <summary>The header <see cref="Clients.Loyalty"/> sends: till.test and the MD5 of test-password.</summary>
    public const string Authorization = "Basic dGlsbC50ZXN0OmRmYjQ1MGVmZGRiYjUzODcxOTdjODQ0NjA2MjM2NzVi";

    public static string Of(string method, string url, string responseJson, string? body = null, string? scenario = null, string? requiredState = null, string? newState = null)
    {
        var request = new JsonObject
        {
            ["method"] = method,
            ["url"] = url,
            ["headers"] = new JsonObject { ["Authorization"] = new JsonObject { ["equalTo"] = Authorization } },
        };
        if (body is not null)
        {
            request["bodyPatterns"] = new JsonArray(new JsonObject { ["equalToJson"] = JsonNode.Parse(body) });
        }

        var mapping = new JsonObject { ["request"] = request, ["response"] = JsonNode.Parse(responseJson) };
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

    /// <summary>A 200 answer carrying <paramref name="envelopeJson"/>.</summary>
    public static string Ok(string envelopeJson) => new JsonObject
    {
        ["status"] = 200,
        ["headers"] = new JsonObject { ["Content-Type"] = "application/json" },
        ["jsonBody"] = JsonNode.Parse(envelopeJson),
    }.ToJsonString();
}
