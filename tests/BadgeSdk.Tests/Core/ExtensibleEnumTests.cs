using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BadgeSdk.Core.Json;
using BadgeSdk.Loyalty;
using BadgeSdk.Issuance;
using BadgeSdk.Issuance.Wire;

namespace BadgeSdk.Tests.Core;

/// <summary>The members BadgeSdk.Generators writes, checked on a stand-in and on a shipped enum.</summary>
public class ExtensibleEnumTests
{
    [Fact]
    public void Equality_ignores_case()
    {
        BadgeStatus converted = "live";

        Assert.True(converted == BadgeStatus.Live);
        Assert.False(converted != BadgeStatus.Live);
        Assert.True(converted.Equals((object)BadgeStatus.Live));
        Assert.Equal(BadgeStatus.Live.GetHashCode(), converted.GetHashCode());
        Assert.Equal("live", converted.Value);
        Assert.Equal("live", converted.ToString());
        Assert.NotEqual(BadgeStatus.Live, BadgeStatus.Ended);
        Assert.Equal(new Fruit("apple"), Fruit.Apple);
    }

    [Fact]
    public void Default_value_is_empty()
    {
        Assert.Equal(string.Empty, default(BadgeStatus).Value);
        Assert.Equal(string.Empty, default(Fruit).ToString());
        Assert.Equal(0, default(Fruit).GetHashCode());
    }

    [Fact]
    public void The_hash_code_is_the_case_insensitive_hash_of_the_value()
    {
        Assert.Equal(StringComparer.OrdinalIgnoreCase.GetHashCode(BadgeStatus.Live.Value), BadgeStatus.Live.GetHashCode());
        Assert.Equal(BadgeStatus.Live.GetHashCode(), new BadgeStatus(BadgeStatus.Live.Value.ToLowerInvariant()).GetHashCode());
    }

    [Fact]
    public void Null_is_rejected_naming_the_type()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new BadgeStatus(null!));
        Assert.Equal("value", error.ParamName);
        Assert.Contains(nameof(BadgeStatus), error.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentNullException>(() => (Fruit)(string)null!);
        Assert.Throws<ArgumentNullException>(() => Create<Fruit>(null!));
    }

    [Fact]
    public void FromValue_works_through_the_interface()
    {
        Assert.Equal(Fruit.Apple, Create<Fruit>("Apple"));
        Assert.Equal("PAUSED", Create<BadgeStatus>("PAUSED").Value);
    }

    [Fact]
    public void Unknown_value_round_trips_through_the_source_generated_context()
    {
        // The SDK reads through source-generated contexts, which see only hand-written attributes:
        // this fails if an enum's [JsonConverter] ever moves into generated code.
        var info = (JsonTypeInfo<CustomFieldType>)IssuanceJsonContext.Default.GetTypeInfo(typeof(CustomFieldType))!;

        var read = JsonSerializer.Deserialize("\"Paused_By_Ops\"", info);

        Assert.Equal("Paused_By_Ops", read.Value);
        Assert.Equal("\"Paused_By_Ops\"", JsonSerializer.Serialize(read, info));
    }

    [Fact]
    public void Every_sdk_enum_has_the_shared_converter()
    {
        var enums = typeof(IExtensibleEnum<>).Assembly.GetTypes()
            .Where(type => type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IExtensibleEnum<>)))
            .ToList();

        Assert.NotEmpty(enums);
        Assert.All(enums, type =>
            Assert.Equal(typeof(ExtensibleEnumConverter<>).MakeGenericType(type), type.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType));
    }

    private static T Create<T>(string value)
        where T : struct, IExtensibleEnum<T>
        => T.FromValue(value);
}
