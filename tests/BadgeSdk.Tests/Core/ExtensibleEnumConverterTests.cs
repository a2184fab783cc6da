using System.Text.Json;

namespace BadgeSdk.Tests.Core;

public class ExtensibleEnumConverterTests
{
    [Fact]
    public void Known_value_compares_case_insensitively()
    {
        var read = JsonSerializer.Deserialize<Fruit>("\"apple\"");

        Assert.Equal(Fruit.Apple, read);
        Assert.True(read == "APPLE");
        Assert.Equal(Fruit.Apple.GetHashCode(), read.GetHashCode());
    }

    [Fact]
    public void Unknown_value_reads_and_round_trips_unchanged()
    {
        var read = JsonSerializer.Deserialize<Fruit[]>("""["Dragon_Fruit", 7]""")!;

        Assert.Equal("Dragon_Fruit", read[0].Value);
        Assert.Equal("7", read[1].Value);
        Assert.Equal("""["Dragon_Fruit","7"]""", JsonSerializer.Serialize(read));
    }

    [Fact]
    public void Object_token_is_a_clear_json_error()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Fruit>("{}"));

        Assert.Contains(nameof(Fruit), error.Message, StringComparison.Ordinal);
    }
}
