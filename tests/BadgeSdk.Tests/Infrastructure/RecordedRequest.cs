using System.Text.Json;

namespace BadgeSdk.Tests.Infrastructure;

/// <summary>One request from WireMock's journal.</summary>
public sealed record RecordedRequest(string Method, string Url, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset LoggedDate)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public static RecordedRequest From(JsonElement entry)
    {
        var request = entry.TryGetProperty("request", out var wrapped) ? wrapped : entry;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (request.TryGetProperty("headers", out var h))
        {
            foreach (var header in h.EnumerateObject())
            {
                headers[header.Name] = header.Value.ValueKind == JsonValueKind.Array
                    ? string.Join(",", header.Value.EnumerateArray().Select(v => v.GetString()))
                    : header.Value.GetString() ?? string.Empty;
            }
        }

        return new RecordedRequest(
            request.GetProperty("method").GetString()!,
            request.GetProperty("url").GetString()!,
            headers,
            request.TryGetProperty("body", out var body) ? body.GetString() ?? string.Empty : string.Empty,
            DateTimeOffset.FromUnixTimeMilliseconds(request.GetProperty("loggedDate").GetInt64()));
    }
}
