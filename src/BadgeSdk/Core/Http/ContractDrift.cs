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
/// body with a <see cref="Utf8JsonReader"/> beside the source-generated metadata (no reflection),
/// reports field paths and never values, counts each occurrence and logs each field once per process.
/// </summary>
/// <remarks>
/// It runs on every successful body, so a body without drift costs no allocation: names are
/// compared as spans (the reader is over one array, so a value is always one span), and the path of
/// a known member comes from a cache bounded by the models.
/// </remarks>
internal static class ContractDrift
{
    public const string UnknownField = "unknown_field";
    public const string UnknownEnumValue = "unknown_enum_value";
    public const string GuessedTimestamp = "guessed_timestamp";

    private const decimal MillisecondsThreshold = 100_000_000_000m;
    private const int StackNameLimit = 256;

    private static readonly string[] TimestampFormats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];
    private static readonly ConcurrentDictionary<string, byte> Logged = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<(string Parent, string Child), string> KnownPaths = new();

    /// <summary>
    /// Tells whether anyone would see a drift: a listener on the counter or a logger at Warning.
    /// Otherwise the walk is skipped (strict mode walks regardless, since it throws).
    /// </summary>
    /// <param name="logger">The client's logger.</param>
    /// <returns>Whether to look for drift.</returns>
    public static bool IsObserved(ILogger logger) => BadgeTelemetry.ContractDrift.Enabled || logger.IsEnabled(LogLevel.Warning);

    /// <summary>Every drift in <paramref name="body"/>, as (kind, field path).</summary>
    /// <returns>The drifts, or <see langword="null"/> when there are none.</returns>
    public static List<(string Kind, string Field)>? Find(byte[] body, JsonTypeInfo type, ResponseDialect dialect)
    {
        List<(string, string)>? found = null;
        try
        {
            var reader = new Utf8JsonReader(body);
            if (reader.Read())
            {
                Walk(ref reader, type, "$", dialect, ref found);
            }
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or ArgumentException or FormatException)
        {
            // The body was read already: drift detection must never fail a call that succeeded.
        }

        return found;
    }

    /// <summary>Counts each drift and logs each field once per process.</summary>
    public static void Report(List<(string Kind, string Field)>? drifts, string api, string operation, ILogger logger)
    {
        if (drifts is null)
        {
            return;
        }

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

    // The reader is on the value's first token; it leaves on the value's last.
    private static void Walk(ref Utf8JsonReader reader, JsonTypeInfo type, string path, ResponseDialect dialect, ref List<(string, string)>? found)
    {
        if (type.Kind == JsonTypeInfoKind.Object && reader.TokenType == JsonTokenType.StartObject)
        {
            var shape = DriftShape.For(type, dialect);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var member = FindMember(ref reader, shape);
                if (member is null)
                {
                    Add(ref found, UnknownField, $"{path}.{reader.GetString()}");
                    reader.Read();
                    reader.Skip();
                    continue;
                }

                reader.Read();
                Member(ref reader, member, path, dialect, ref found);
            }
        }
        else if (type.Kind == JsonTypeInfoKind.Enumerable && reader.TokenType == JsonTokenType.StartArray && type.ElementType is { } item)
        {
            var itemType = type.Options.GetTypeInfo(item);
            var itemPath = PathOf(path, "[]");
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                Walk(ref reader, itemType, itemPath, dialect, ref found);
            }
        }
        else
        {
            reader.Skip();
        }
    }

    private static void Member(ref Utf8JsonReader reader, DriftMember member, string parent, ResponseDialect dialect, ref List<(string, string)>? found)
    {
        if (member.IsTimestamp)
        {
            if (IsGuessedTimestamp(ref reader))
            {
                Add(ref found, GuessedTimestamp, PathOf(parent, member.Name));
            }

            reader.Skip();
            return;
        }

        if (member.Known is { } known)
        {
            if (HasUnknownValue(ref reader, known))
            {
                Add(ref found, UnknownEnumValue, PathOf(parent, member.Name));
            }

            reader.Skip();
            return;
        }

        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            Walk(ref reader, member.Type, PathOf(parent, member.Name), dialect, ref found);
        }
    }

    private static DriftMember? FindMember(ref Utf8JsonReader reader, DriftShape shape)
    {
        Span<char> buffer = reader.ValueSpan.Length <= StackNameLimit ? stackalloc char[StackNameLimit] : new char[reader.ValueSpan.Length];
        return shape.Find(buffer[..reader.CopyString(buffer)]);
    }

    private static bool HasUnknownValue(ref Utf8JsonReader reader, IReadOnlySet<string> known)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return IsUnknownValue(ref reader, known);
        }

        var depth = reader.CurrentDepth;
        var copy = reader;
        while (copy.Read() && copy.CurrentDepth > depth)
        {
            if (IsUnknownValue(ref copy, known))
            {
                return true;
            }

            copy.Skip();
        }

        return false;
    }

    private static bool IsUnknownValue(ref Utf8JsonReader reader, IReadOnlySet<string> known) => reader.TokenType switch
    {
        JsonTokenType.Null => false,
        JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False => !IsKnown(ref reader, known),
        _ => true,
    };

    // A number or a literal is matched by its text, as the set holds it ("1", "true").
    private static bool IsKnown(ref Utf8JsonReader reader, IReadOnlySet<string> known)
    {
#if NET9_0_OR_GREATER
        if (reader.ValueSpan.Length <= StackNameLimit && known is HashSet<string> set && set.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup))
        {
            Span<char> buffer = stackalloc char[StackNameLimit];
            var length = reader.TokenType == JsonTokenType.String ? reader.CopyString(buffer) : System.Text.Encoding.UTF8.GetChars(reader.ValueSpan, buffer);
            return lookup.Contains(buffer[..length]);
        }
#endif
        return known.Contains(reader.TokenType == JsonTokenType.String ? reader.GetString()! : System.Text.Encoding.UTF8.GetString(reader.ValueSpan));
    }

    // ISO 8601 with a zone and epoch seconds are the forms the pages show; anything else was read by a guess
    // (milliseconds by size, text without a zone taken as UTC, a number in text) or not at all.
    private static bool IsGuessedTimestamp(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return false;
            case JsonTokenType.Number:
                return !reader.TryGetDecimal(out var number) || Math.Abs(number) >= MillisecondsThreshold;
            case JsonTokenType.String:
                Span<char> buffer = reader.ValueSpan.Length <= StackNameLimit ? stackalloc char[StackNameLimit] : new char[reader.ValueSpan.Length];
                ReadOnlySpan<char> text = buffer[..reader.CopyString(buffer)];
                return !DateTimeOffset.TryParseExact(text, TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                    || !((text.Length > 0 && text[^1] == 'Z') || (text.Length > 6 && text[^6] is '+' or '-'));
            default:
                return true;
        }
    }

    // Known members only: the models bound this cache; a server-chosen name is never a key.
    private static string PathOf(string parent, string child)
        => KnownPaths.TryGetValue((parent, child), out var path) ? path : KnownPaths.GetOrAdd((parent, child), static key => key.Child == "[]" ? key.Parent + "[]" : $"{key.Parent}.{key.Child}");

    private static void Add(ref List<(string, string)>? found, string kind, string field) => (found ??= []).Add((kind, field));
}
