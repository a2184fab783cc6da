using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BadgeSdk.Tests.Conventions.Fakes;
using Xunit.Abstractions;

namespace BadgeSdk.Tests.Conventions;

/// <summary>
/// Public models are the SDK's promise to callers and wire types are the vendor's format; a public
/// type in a source-generated JSON context ties the two together, so a vendor rename would become
/// a breaking change. Extensible enums are the exception: they serialize as a single string through
/// their own converter (a leaf), so their wire form is the value and nothing else.
/// </summary>
public sealed class JsonContextConventionTests(ITestOutputHelper output)
{
    [Fact]
    public void No_public_type_of_BadgeSdk_is_in_a_JSON_context()
    {
        var sdk = typeof(BadgeClient).Assembly;
        var contexts = sdk.GetTypes().Where(t => t.IsSubclassOf(typeof(JsonSerializerContext)));
        var (violations, leaves) = Check(contexts, sdk);
        output.WriteLine("Extensible enums allowed as leaf values:\n" + string.Join("\n", leaves));
        ConventionReport.AssertNone(violations, "Public BadgeSdk types in JSON contexts (context: type <- where it appears):");
    }

    [Fact]
    public void The_rule_finds_public_types_in_attributes_and_in_generated_properties_and_allows_extensible_enum_leaves()
    {
        var (violations, leaves) = Check([typeof(FakeJsonContext)], typeof(BadgeClient).Assembly);

        Assert.Equal(
            [
                "BadgeSdk.Tests.Conventions.Fakes.FakeJsonContext: BadgeSdk.Issuance.BadgeTemplate <- JsonTypeInfo<BadgeSdk.Issuance.BadgeTemplate> BadgeTemplate, [JsonSerializable(typeof(BadgeSdk.Issuance.BadgeTemplate))]",
                "BadgeSdk.Tests.Conventions.Fakes.FakeJsonContext: BadgeSdk.Passes.PassTemplate <- JsonTypeInfo<BadgeSdk.Passes.PassTemplate> PassTemplate, JsonTypeInfo<System.Collections.Generic.List<BadgeSdk.Passes.PassTemplate>> ListPassTemplate",
            ],
            violations);
        Assert.Equal(["BadgeSdk.Tests.Conventions.Fakes.FakeJsonContext: BadgeSdk.Passes.SdkPermission"], leaves);
    }

    internal static (List<string> Violations, List<string> Leaves) Check(IEnumerable<Type> contexts, Assembly sdk)
    {
        var violations = new List<string>();
        var leaves = new List<string>();
        foreach (var context in contexts)
        {
            foreach (var (type, sources) in Serialized(context).Where(t => t.Key.Assembly == sdk && t.Key.IsVisible))
            {
                if (IsExtensibleEnumLeaf(type))
                {
                    leaves.Add($"{context.FullName}: {ApiTypeName.Of(type)}");
                }
                else
                {
                    violations.Add($"{context.FullName}: {ApiTypeName.Of(type)} <- {string.Join(", ", sources.Order(StringComparer.Ordinal))}");
                }
            }
        }

        return (violations.Order(StringComparer.Ordinal).ToList(), leaves.Order(StringComparer.Ordinal).ToList());
    }

    // Every type the context names, and every type inside those (generic arguments, array elements),
    // with where it was named: a [JsonSerializable] root, or a JsonTypeInfo<T> property the generator emitted.
    private static Dictionary<Type, List<string>> Serialized(Type context)
    {
        var found = new Dictionary<Type, List<string>>();
        foreach (var attribute in context.GetCustomAttributesData().Where(a => a.AttributeType == typeof(JsonSerializableAttribute)))
        {
            var root = (Type)attribute.ConstructorArguments[0].Value!;
            AddWithParts(found, root, $"[JsonSerializable(typeof({ApiTypeName.Of(root)}))]");
        }

        foreach (var property in context.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        {
            if (property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(JsonTypeInfo<>))
            {
                var serialized = property.PropertyType.GetGenericArguments()[0];
                AddWithParts(found, serialized, $"JsonTypeInfo<{ApiTypeName.Of(serialized)}> {property.Name}");
            }
        }

        return found;
    }

    private static void AddWithParts(Dictionary<Type, List<string>> found, Type type, string source)
    {
        if (!found.TryGetValue(type, out var sources))
        {
            found[type] = sources = [];
        }

        if (!sources.Contains(source))
        {
            sources.Add(source);
        }

        var parts = type.HasElementType ? [type.GetElementType()!] : type.IsGenericType ? type.GetGenericArguments() : [];
        foreach (var part in parts)
        {
            AddWithParts(found, part, source);
        }
    }

    private static bool IsExtensibleEnumLeaf(Type type)
        => type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IExtensibleEnum<>))
            && type.GetCustomAttribute<JsonConverterAttribute>() is not null;
}
