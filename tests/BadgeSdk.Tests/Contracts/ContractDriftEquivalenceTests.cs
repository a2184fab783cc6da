using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BadgeSdk.Core.Http;
using BadgeSdk.Issuance;
using BadgeSdk.Issuance.Wire;
using BadgeSdk.Loyalty;
using BadgeSdk.Loyalty.Wire;
using BadgeSdk.Passes;
using BadgeSdk.Passes.Wire;

namespace BadgeSdk.Tests.Contracts;

/// <summary>
/// The drift walk over a <see cref="Utf8JsonReader"/> against the walk as first written over a
/// <see cref="JsonDocument"/> (kept here as the oracle): on bodies generated from every type of the
/// three JSON contexts, with unknown members, odd casing, escaped names, unknown enum values and
/// every timestamp form, both must find the same drifts in the same order.
/// </summary>
public sealed class ContractDriftEquivalenceTests
{
    private const decimal MillisecondsThreshold = 100_000_000_000m;

    private static readonly string[] Timestamps =
    [
        "1716803487", "1716803487.5", "1716803487811", "100000000000", "99999999999", "-100000000000", "1e400",
        "\"2024-05-27T09:51:27Z\"", "\"2024-05-27T09:51:27.192+05:30\"", "\"2024-05-27T09:51:27-04:00\"",
        "\"2024-05-27 09:51:27\"", "\"2024-05-27T09:51:27\"", "\"1716803487\"", "\"\"", "\"2024-05-27T09:51:27\\u005A\"",
        "null", "true", "{}", "[]",
    ];

    public static TheoryData<string> Contexts => new() { "Issuance", "Passes", "Loyalty" };

    [Theory]
    [MemberData(nameof(Contexts))]
    public void The_reader_walk_finds_what_the_document_walk_found(string area)
    {
        var (context, dialect) = Area(area);
        var random = new Random(area.Length * 7919);
        var checkedBodies = 0;
        var withDrift = 0;
        foreach (var type in TypesOf(context))
        {
            for (var i = 0; i < 150; i++)
            {
                var body = new StringBuilder();
                Generate(body, type, dialect, random, depth: 0);
                var bytes = Encoding.UTF8.GetBytes(body.ToString());

                var expected = Oracle(bytes, type, dialect);
                var actual = ContractDrift.Find(bytes, type, dialect) ?? [];

                Assert.True(expected.SequenceEqual(actual), $"{type.Type.Name}: {body}\nexpected {string.Join(", ", expected)}\nactual   {string.Join(", ", actual)}");
                checkedBodies++;
                withDrift += expected.Count > 0 ? 1 : 0;
            }
        }

        // Both sides of the comparison must be reached, or agreement proves little.
        Assert.InRange(withDrift, checkedBodies / 10, checkedBodies - (checkedBodies / 10));
    }

    private static (JsonSerializerContext Context, ResponseDialect Dialect) Area(string area) => area switch
    {
        "Issuance" => (IssuanceJsonContext.Default, IssueBadgeDialect.Instance),
        "Passes" => (PassesJsonContext.Default, BadgeWalletDialect.Instance),
        _ => (LoyaltyJsonContext.Default, CapillaryDialect.Instance),
    };

    private static IEnumerable<JsonTypeInfo> TypesOf(JsonSerializerContext context)
        => context.GetType()
            .GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(p => typeof(JsonTypeInfo).IsAssignableFrom(p.PropertyType))
            .Select(p => (JsonTypeInfo)p.GetValue(context)!)
            .Where(t => t.Kind is JsonTypeInfoKind.Object or JsonTypeInfoKind.Enumerable);

    private static void Generate(StringBuilder body, JsonTypeInfo type, ResponseDialect dialect, Random random, int depth)
    {
        if (depth > 4 || random.Next(12) == 0)
        {
            body.Append(Scalar(random));
            return;
        }

        switch (type.Kind)
        {
            case JsonTypeInfoKind.Object:
                body.Append('{');
                var first = true;
                foreach (var property in type.Properties)
                {
                    if (random.Next(3) == 0)
                    {
                        continue;
                    }

                    Separate(body, ref first);
                    body.Append(Name(property.Name, random)).Append(':');
                    Value(body, property, type.Type, dialect, random, depth);
                }

                if (random.Next(4) == 0)
                {
                    Separate(body, ref first);
                    body.Append(Name("surprise" + random.Next(3).ToString(CultureInfo.InvariantCulture), random)).Append(':').Append(Scalar(random));
                }

                body.Append('}');
                break;
            case JsonTypeInfoKind.Enumerable when type.ElementType is { } item:
                body.Append('[');
                var items = random.Next(4);
                for (var i = 0; i < items; i++)
                {
                    body.Append(i > 0 ? "," : string.Empty);
                    Generate(body, type.Options.GetTypeInfo(item), dialect, random, depth + 1);
                }

                body.Append(']');
                break;
            default:
                body.Append(Scalar(random));
                break;
        }
    }

    private static void Value(StringBuilder body, JsonPropertyInfo property, Type declaring, ResponseDialect dialect, Random random, int depth)
    {
        if (property.PropertyType == typeof(DateTimeOffset) || property.PropertyType == typeof(DateTimeOffset?))
        {
            body.Append(Timestamps[random.Next(Timestamps.Length)]);
            return;
        }

        if (dialect.KnownValues(declaring, property.Name) is { Count: > 0 } known)
        {
            var values = known.Order(StringComparer.Ordinal).ToArray();
            string One() => random.Next(6) switch
            {
                0 => "\"NOT_" + values[0] + "\"",
                1 => "null",
                2 => random.Next(10).ToString(CultureInfo.InvariantCulture),
                3 => "{}",
                _ => JsonSerializer.Serialize(values[random.Next(values.Length)]),
            };
            if (random.Next(3) == 0)
            {
                body.Append('[').Append(string.Join(',', Enumerable.Range(0, random.Next(4)).Select(_ => One()))).Append(']');
            }
            else
            {
                body.Append(One());
            }

            return;
        }

        Generate(body, property.Options.GetTypeInfo(property.PropertyType), dialect, random, depth + 1);
    }

    private static string Name(string name, Random random) => random.Next(6) switch
    {
        0 => "\"" + name.ToUpperInvariant() + "\"",
        1 => "\"\\u" + ((int)name[0]).ToString("X4", CultureInfo.InvariantCulture) + name[1..] + "\"",
        2 => "\"" + name + new string('x', 300) + "\"",
        _ => "\"" + name + "\"",
    };

    private static string Scalar(Random random) => random.Next(7) switch
    {
        0 => "null",
        1 => "\"text\"",
        2 => "42",
        3 => "false",
        4 => "[1,\"a\",null]",
        5 => "{\"nested\":[{}]}",
        _ => "\"\\u00fc\"",
    };

    private static void Separate(StringBuilder body, ref bool first)
    {
        body.Append(first ? string.Empty : ",");
        first = false;
    }

    // The walk as first written (main at 24e8bf5): one JsonDocument per body, a linear member search.
    // One deliberate change: a known member's path uses the model's name, not the body's spelling
    // ("EARNTYPE"), so paths, and the cache behind them, are bounded by the models.
    private static List<(string Kind, string Field)> Oracle(byte[] body, JsonTypeInfo type, ResponseDialect dialect)
    {
        var found = new List<(string, string)>();
        using var document = JsonDocument.Parse(body);
        Walk(document.RootElement, type, "$", dialect, found);
        return found;
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
                        found.Add((ContractDrift.UnknownField, at));
                        continue;
                    }

                    Member(member.Value, property, type.Type, $"{path}.{property.Name}", dialect, found);
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
                found.Add((ContractDrift.GuessedTimestamp, path));
            }

            return;
        }

        if (dialect.KnownValues(declaringType, property.Name) is { } known)
        {
            var values = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
            if (values.Any(v => v.ValueKind != JsonValueKind.Null && !(v.ValueKind == JsonValueKind.String ? known.Contains(v.GetString()!) : known.Contains(v.GetRawText()))))
            {
                found.Add((ContractDrift.UnknownEnumValue, path));
            }

            return;
        }

        Walk(value, property.Options.GetTypeInfo(property.PropertyType), path, dialect, found);
    }

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
                    || !(text.EndsWith('Z') || (text.Length > 6 && text[^6] is '+' or '-'));
            default:
                return true;
        }
    }
}
