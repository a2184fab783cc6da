using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace BadgeSdk.Tests.Reliability;

/// <summary>Garbled response bodies: cut documents, wrong JSON types in every field, random JSON and random bytes.</summary>
internal static class JsonFuzz
{
    /// <summary>The statuses random bodies are tried with: successes the SDK must read, and errors it must report.</summary>
    public static readonly int[] Statuses = [200, 201, 400, 500];

    /// <summary>
    /// The statuses the exhaustive sweeps use: one success and one error, since 201 reads as 200 and
    /// 400 reads its body as 500 does (500 also meets the retry policy's reading of the body).
    /// </summary>
    public static readonly int[] SweepStatuses = [200, 500];

    /// <summary>Values of the wrong type (or the right type with a hostile value) for any field.</summary>
    public static readonly string[] WrongValues =
    [
        "null", "true", "false", "0", "-1", "1.5", "1e308", "-1e308", "1e400", "123456789012345678901234567890", "-9223372036854775809",
        "\"\"", "\"x\"", "\"2025-13-45T99:99:99Z\"", "\"\\u0000\\ud800\"", "[]", "{}", "[null]", "[1,\"a\",null,{}]", "{\"a\":{\"b\":[{\"c\":null}]}}",
        new string('[', 100) + new string(']', 100),
    ];

    private static readonly string?[] MediaTypes = ["application/json", "text/html", "text/plain", null];

    // Deep enough for the nested junk inside a document; the SDK's reader keeps its own limit.
    private static readonly System.Text.Json.JsonSerializerOptions Writing = new() { MaxDepth = 512 };

    /// <summary>Every prefix of the document, the empty one included (the document itself excluded).</summary>
    public static IEnumerable<byte[]> Prefixes(string document)
    {
        var bytes = Encoding.UTF8.GetBytes(document);
        for (var length = 0; length < bytes.Length; length++)
        {
            yield return bytes[..length];
        }
    }

    /// <summary>The document with one field or element replaced by each wrong value, for every field and element at any depth.</summary>
    public static IEnumerable<string> WrongTypes(string document)
    {
        var paths = Paths(JsonNode.Parse(document)!).ToList();
        foreach (var path in paths)
        {
            foreach (var value in WrongValues)
            {
                yield return Replace(document, path, Placeholder(value));
            }
        }
    }

    /// <summary>A random status, body and content type, where the body is random bytes.</summary>
    public static Arbitrary<(int Status, byte[] Body, string? MediaType)> RandomBytes()
        => Arb.From(
            from status in Gen.Elements(Statuses)
            from body in Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf()
            from mediaType in Gen.Elements(MediaTypes)
            select (status, body, mediaType));

    /// <summary>A random status and a random JSON document built from the operation's own field names, so it hits real fields.</summary>
    public static Arbitrary<(int Status, string Body)> RandomDocuments(IReadOnlyList<string> documents)
    {
        var names = documents.SelectMany(d => Names(JsonNode.Parse(d)!)).Distinct(StringComparer.Ordinal).ToArray();
        return Arb.From(
            from status in Gen.Elements(Statuses)
            from body in Gen.Sized(size => Value(names, Math.Min(size, 12)))
            select (status, Raw(body?.ToJsonString(Writing) ?? "null")));
    }

    /// <summary>A random status and one of the documents with a random field replaced by a random JSON value.</summary>
    public static Arbitrary<(int Status, string Body)> RandomMutations(IReadOnlyList<string> documents)
    {
        var names = documents.SelectMany(d => Names(JsonNode.Parse(d)!)).Distinct(StringComparer.Ordinal).ToArray();
        var targets = documents.SelectMany(d => Paths(JsonNode.Parse(d)!).Select(p => (Document: d, Path: p))).ToArray();
        return Arb.From(
            from status in Gen.Elements(Statuses)
            from target in Gen.Elements(targets)
            from value in Gen.Sized(size => Value(names, Math.Min(size, 6)))
            select (status, Replace(target.Document, target.Path, value)));
    }

    private static Gen<JsonNode?> Value(string[] names, int size)
    {
        var leaf = Gen.OneOf<JsonNode?>(
            Gen.Constant<JsonNode?>(null),
            Gen.Elements(true, false).Select(b => (JsonNode?)JsonValue.Create(b)),
            Gen.Choose(int.MinValue, int.MaxValue).Select(n => (JsonNode?)JsonValue.Create(n)),
            Gen.Elements(WrongValues).Select(v => (JsonNode?)Placeholder(v)),
            Gen.Elements(names).Select(n => (JsonNode?)JsonValue.Create(n)),
            Gen.Choose(32, 0x2FFF).Select(c => (char)c).ArrayOf().Select(chars => (JsonNode?)JsonValue.Create(new string(chars))));
        if (size <= 0)
        {
            return leaf;
        }

        var array = Gen.Sized(_ => Value(names, size / 2)).ListOf().Select(items => (JsonNode?)new JsonArray([.. items]));
        var member = from name in Gen.Frequency((4, Gen.Elements(names)), (1, Gen.Elements("", "x", "__proto__")))
                     from value in Value(names, size / 2)
                     select (name, value);
        var obj = member.ListOf().Select(members =>
        {
            var node = new JsonObject();
            foreach (var (name, value) in members)
            {
                node[name] = value;
            }

            return (JsonNode?)node;
        });
        return Gen.Frequency<JsonNode?>((3, leaf), (1, array), (2, obj));
    }

    private static IEnumerable<string> Names(JsonNode node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Names(p.Value!).Prepend(p.Key)),
        JsonArray array => array.Where(i => i is not null).SelectMany(i => Names(i!)),
        _ => [],
    };

    // A path is the keys and indexes from the root to a member or element.
    private static IEnumerable<object[]> Paths(JsonNode node, object[]? at = null)
    {
        at ??= [];
        var children = node switch
        {
            JsonObject obj => obj.Select(p => ((object)p.Key, p.Value)),
            JsonArray array => array.Select((item, index) => ((object)index, item)),
            _ => [],
        };
        foreach (var (key, child) in children)
        {
            object[] path = [.. at, key];
            yield return path;
            if (child is not null)
            {
                foreach (var deeper in Paths(child, path))
                {
                    yield return deeper;
                }
            }
        }
    }

    private static string Replace(string document, object[] path, JsonNode? value)
    {
        var root = JsonNode.Parse(document)!;
        var parent = path[..^1].Aggregate(root, (node, key) => key is int index ? node[index]! : node[(string)key]!);
        var copy = value?.DeepClone();
        if (path[^1] is int last)
        {
            parent.AsArray()[last] = copy;
        }
        else
        {
            parent.AsObject()[(string)path[^1]] = copy;
        }

        return Raw(root.ToJsonString(Writing));
    }

    // Some wrong values (a lone surrogate, 1e400, deep nesting) cannot travel through JsonNode, so
    // they stand in as placeholder strings and are spliced into the text at the end.
    private static JsonValue Placeholder(string rawValue) => JsonValue.Create($"~~wrong{Array.IndexOf(WrongValues, rawValue)}~~");

    private static string Raw(string text)
    {
        for (var i = 0; i < WrongValues.Length; i++)
        {
            text = text.Replace($"\"~~wrong{i}~~\"", WrongValues[i], StringComparison.Ordinal);
        }

        return text;
    }
}
