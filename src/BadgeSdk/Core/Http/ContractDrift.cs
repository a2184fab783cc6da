using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BadgeSdk.Core.Telemetry;
using Microsoft.Extensions.Logging;

namespace BadgeSdk.Core.Http;

/// <summary>
/// Finds where a successful response departs from what the SDK models: a member no wire DTO has,
/// an enum value the area does not know, a timestamp in a form the SDK had to guess. It walks the
/// body beside the source-generated metadata (no reflection), reports field paths and never values,
/// counts each occurrence and logs each field once per process.
/// </summary>
internal static class ContractDrift
{
    public const string UnknownField = "unknown_field";
    public const string UnknownEnumValue = "unknown_enum_value";
    public const string GuessedTimestamp = "guessed_timestamp";

    private const decimal MillisecondsThreshold = 100_000_000_000m;

    private static readonly ConcurrentDictionary<string, byte> Logged = new(StringComparer.Ordinal);

    /// <summary>Every drift in <paramref name="body"/>, as (kind, field path).</summary>
    public static List<(string Kind, string Field)> Find(byte[] body, JsonTypeInfo type, ResponseDialect dialect)
    {
        var found = new List<(string, string)>();
        try
        {
            using var document = JsonDocument.Parse(body);
            Walk(document.RootElement, type, "$", dialect, found);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or ArgumentException or FormatException)
        {
            // The body was read already: drift detection must never fail a call that succeeded.
        }

        return found;
    }

    /// <summary>Counts each drift and logs each field once per process.</summary>
    public static void Report(IEnumerable<(string Kind, string Field)> drifts, string api, string operation, ILogger logger)
    {
        foreach (var (kind, field) in drifts)
        {
            BadgeTelemetry.ContractDrift.Add(
                1,
                new KeyValuePair<string, object?>(BadgeTelemetry.ApiTag, api),
                new KeyValuePair<string, object?>(BadgeTelemetry.OperationTag, operation),
                new KeyValuePair<string, object?>(BadgeTelemetry.FieldTag, field),
                new KeyValuePair<string, object?>(BadgeTelemetry.DriftKindTag, kind));
            if (Logged.TryAdd($"{api}|{operation}|{kind}|{field}", 0))
            {
                BadgeLog.ContractDrift(logger, api, operation, kind, field);
            }
        }
    }

    private static void Walk(JsonElement element, JsonTypeInfo type, string path, ResponseDialect dialect, List<(string, string)> found)
    {
        switch (type.Kind)
        {
            case JsonTypeInfoKind.Object when element.ValueKind == JsonValueKind.Object:
                var comparison = type.Options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
                foreach (var member in element.EnumerateObject())
                {
                    var property = type.Properties.FirstOrDefault(p => string.Equals(p.Name, member.Name, comparison));
                    var at = $"{path}.{member.Name}";
                    if (property is null)
                    {
                        found.Add((UnknownField, at));
                        continue;
                    }

                    Member(member.Value, property, type.Type, at, dialect, found);
                }

                break;
            case JsonTypeInfoKind.Enumerable when element.ValueKind == JsonValueKind.Array && type.ElementType is { } item:
                var itemType = type.Options.GetTypeInfo(item);
                foreach (var value in element.EnumerateArray())
                {
                    Walk(value, itemType, path + "[]", dialect, found);
                }

                break;
        }
    }

    private static void Member(JsonElement value, JsonPropertyInfo property, Type declaringType, string path, ResponseDialect dialect, List<(string, string)> found)
    {
        if (property.PropertyType == typeof(DateTimeOffset?) || property.PropertyType == typeof(DateTimeOffset))
        {
            if (IsGuessedTimestamp(value))
            {
                found.Add((GuessedTimestamp, path));
            }

            return;
        }

        if (dialect.KnownValues(declaringType, property.Name) is { } known)
        {
            var values = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
            if (values.Any(v => v.ValueKind != JsonValueKind.Null && !(v.ValueKind == JsonValueKind.String ? known.Contains(v.GetString()!) : known.Contains(v.GetRawText()))))
            {
                found.Add((UnknownEnumValue, path));
            }

            return;
        }

        Walk(value, property.Options.GetTypeInfo(property.PropertyType), path, dialect, found);
    }

    // ISO 8601 with a zone and epoch seconds are the forms the pages show; anything else was read by a guess
    // (milliseconds by size, text without a zone taken as UTC, a number in text) or not at all.
    private static bool IsGuessedTimestamp(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return false;
            case JsonValueKind.Number:
                return !value.TryGetDecimal(out var number) || Math.Abs(number) >= MillisecondsThreshold;
            case JsonValueKind.String:
                var text = value.GetString()!;
                return !DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                    || !(text.EndsWith('Z') || text.Length > 6 && text[^6] is '+' or '-');
            default:
                return true;
        }
    }
}
