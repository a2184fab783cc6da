using System.Text.Json.Nodes;

namespace BadgeSdk.Tests.Contracts;

/// <summary>
/// What makes a WireMock mapping strict: a concrete method, the exact URL (path and query, so an
/// extra or misspelled parameter misses), the auth header, and a body that must equal the JSON
/// (no ignored extras) or a multipart form whose every part is checked. A mapping that must match
/// loosely (fault injection, a catch-all) says so and why in <c>metadata.loose</c>.
/// </summary>
internal static class MappingLint
{
    private static readonly string[] AuthHeaders = ["Authorization", "X-CAP-API-OAUTH-TOKEN"];
    private static readonly string[] BodyMethods = ["POST", "PUT", "PATCH"];
    private static readonly string[] UrlMatchers = ["urlPath", "urlPattern", "urlPathPattern"];

    /// <summary>The reasons <paramref name="mapping"/> is loose; empty when it is strict or says why it may be loose.</summary>
    public static IReadOnlyList<string> Problems(JsonNode mapping)
    {
        if (mapping["metadata"]?["loose"] is JsonValue reason && !string.IsNullOrWhiteSpace(reason.GetValue<string>()))
        {
            return [];
        }

        var problems = new List<string>();
        var request = mapping["request"] as JsonObject;
        if (request is null)
        {
            return ["no request"];
        }

        var method = request["method"]?.GetValue<string>();
        if (method is null or "ANY")
        {
            problems.Add($"method is {method ?? "missing"}, not one verb");
        }

        if (request["url"] is null)
        {
            var how = UrlMatchers.FirstOrDefault(k => request[k] is not null) ?? "nothing";
            problems.Add($"the URL is matched by {how}, not exactly by url (path and every query parameter)");
        }

        if (request["queryParameters"] is not null)
        {
            problems.Add("queryParameters lets extra or misspelled parameters through: put the query in url");
        }

        var headers = request["headers"] as JsonObject;
        if (!AuthHeaders.Any(h => headers?[h]?["equalTo"] is not null))
        {
            problems.Add($"no exact auth header ({string.Join(" or ", AuthHeaders)} equalTo)");
        }

        if (method is not null && BodyMethods.Contains(method))
        {
            problems.AddRange(BodyProblems(request));
        }

        return problems;
    }

    private static IEnumerable<string> BodyProblems(JsonObject request)
    {
        if (request["multipartPatterns"] is JsonArray parts)
        {
            foreach (var part in parts)
            {
                var name = part?["headers"]?["Content-Disposition"]?["contains"]?.GetValue<string>() ?? "?";
                // A matchingType ALL pattern on the part names is the guard that no other part is sent.
                var guardsNames = part?["matchingType"]?.GetValue<string>() == "ALL" && part?["headers"]?["Content-Disposition"]?["matches"] is not null;
                if (!guardsNames && part?["bodyPatterns"] is not JsonArray { Count: > 0 } && part?["headers"]?["Content-Type"]?["equalTo"] is null)
                {
                    yield return $"multipart part {name} checks neither its value nor its content type";
                }
            }

            yield break;
        }

        if (request["bodyPatterns"] is not JsonArray { Count: > 0 } patterns)
        {
            yield return "no bodyPatterns: any body matches";
            yield break;
        }

        foreach (var pattern in patterns.OfType<JsonObject>())
        {
            if (pattern["equalToJson"] is { } json)
            {
                if (pattern["ignoreExtraElements"]?.GetValue<bool>() == true)
                {
                    yield return "equalToJson ignores extra elements";
                }

                if (json.ToJsonString().Contains("${json-unit.ignore", StringComparison.Ordinal))
                {
                    yield return "equalToJson ignores an element";
                }

                if (json is JsonObject fields && fields.Any(f => f.Key != "idempotency_key" && (f.Value?.ToJsonString().Contains("${json-unit.any-", StringComparison.Ordinal) ?? false)))
                {
                    yield return "equalToJson accepts any string for a field other than idempotency_key";
                }
            }

            else if (pattern["absent"]?.GetValue<bool>() != true && pattern["equalTo"] is null)
            {
                yield return $"body matched by {string.Join(",", pattern.Select(p => p.Key))}, not equalToJson";
            }
        }
    }
}
