using System.Globalization;
using System.Text.Json.Nodes;

namespace BadgeSdk.Tests.Contracts;

/// <summary>Every difference between two JSON trees; objects by member name, arrays by position, numbers by value.</summary>
internal static class JsonCompare
{
    public static IReadOnlyList<JsonDifference> Differences(JsonNode? document, JsonNode? sent)
    {
        var found = new List<JsonDifference>();
        Walk("$", document, sent, found);
        return found;
    }

    private static void Walk(string path, JsonNode? document, JsonNode? sent, List<JsonDifference> found)
    {
        switch (document, sent)
        {
            case (JsonObject d, JsonObject s):
                foreach (var (name, value) in d)
                {
                    if (s.ContainsKey(name))
                    {
                        Walk($"{path}.{name}", value, s[name], found);
                    }
                    else
                    {
                        found.Add(new($"{path}.{name}", DifferenceKind.Missing, Text(value), null));
                    }
                }

                foreach (var (name, value) in s.Where(p => !d.ContainsKey(p.Key)))
                {
                    found.Add(new($"{path}.{name}", DifferenceKind.Extra, null, Text(value)));
                }

                break;
            case (JsonArray d, JsonArray s):
                for (var i = 0; i < Math.Max(d.Count, s.Count); i++)
                {
                    var at = $"{path}[{i}]";
                    if (i >= s.Count)
                    {
                        found.Add(new(at, DifferenceKind.Missing, Text(d[i]), null));
                    }
                    else if (i >= d.Count)
                    {
                        found.Add(new(at, DifferenceKind.Extra, null, Text(s[i])));
                    }
                    else
                    {
                        Walk(at, d[i], s[i], found);
                    }
                }

                break;
            default:
                if (!SameValue(document, sent))
                {
                    found.Add(new(path, DifferenceKind.Value, Text(document), Text(sent)));
                }

                break;
        }
    }

    private static bool SameValue(JsonNode? a, JsonNode? b)
    {
        if (a is JsonValue va && b is JsonValue vb
            && va.GetValueKind() == System.Text.Json.JsonValueKind.Number && vb.GetValueKind() == System.Text.Json.JsonValueKind.Number)
        {
            return decimal.Parse(va.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture) == decimal.Parse(vb.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        return JsonNode.DeepEquals(a, b);
    }

    private static string Text(JsonNode? node) => node?.ToJsonString() ?? "null";
}
