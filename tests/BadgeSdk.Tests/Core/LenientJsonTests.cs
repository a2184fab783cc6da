using System.Text.Json;
using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;
using BadgeSdk.Issuance;

namespace BadgeSdk.Tests.Core;

/// <summary>The tolerant readers: text from any scalar, extensible enums from any scalar, and epoch timestamps at the seconds/milliseconds threshold.</summary>
public sealed class LenientJsonTests
{
    [Theory]
    [InlineData("\"abc\"", "abc")]
    [InlineData("42", "42")]
    [InlineData("4.50", "4.50")]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    [InlineData("null", null)]
    public void Text_is_read_from_any_scalar_as_sent(string json, string? expected)
    {
        Assert.Equal(expected, JsonSerializer.Deserialize<TextHolder>($$"""{"value":{{json}}}""")!.Value);
    }

    [Theory]
    [InlineData("{}", "StartObject")]
    [InlineData("[1]", "StartArray")]
    public void Text_is_not_read_from_an_object_or_array(string json, string token)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TextHolder>($$"""{"value":{{json}}}"""));

        Assert.Equal($"Expected a text value but found {token}.", error.Message);
    }

    [Fact]
    public void Text_writes_as_a_string_and_as_property_names()
    {
        var options = new JsonSerializerOptions { Converters = { new LenientStringConverter() } };
        var map = new Dictionary<string, string> { ["k"] = "v" };

        Assert.Equal("""{"value":"x"}""", JsonSerializer.Serialize(new TextHolder { Value = "x" }));
        Assert.Equal("""{"k":"v"}""", JsonSerializer.Serialize(map, options));
        Assert.Equal("v", JsonSerializer.Deserialize<Dictionary<string, string>>("""{"k":"v"}""", options)!["k"]);
    }

    [Theory]
    [InlineData("\"text\"", "text")]
    [InlineData("7", "7")]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    public void An_extensible_enum_is_read_from_any_scalar(string json, string value)
    {
        Assert.Equal(value, JsonSerializer.Deserialize<CustomFieldType>(json).Value);
    }

    [Fact]
    public void An_extensible_enum_is_not_read_from_null()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<EnumHolder>("""{"type":null}"""));

        Assert.Contains("Expected a string for CustomFieldType but found Null.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("99999999999", 99_999_999_999L * TimeSpan.TicksPerSecond)]
    [InlineData("100000000000", 100_000_000L * TimeSpan.TicksPerSecond)]
    [InlineData("-99999", -99_999L * TimeSpan.TicksPerSecond)]
    [InlineData("-100000000000", -100_000_000L * TimeSpan.TicksPerSecond)]
    [InlineData("1.00000006", 10_000_001L)]
    public void Epoch_numbers_are_seconds_below_the_threshold_and_milliseconds_from_it(string json, long ticksSinceEpoch)
    {
        Assert.True(FlexibleTimestamp.TryFromEpoch(decimal.Parse(json, System.Globalization.CultureInfo.InvariantCulture), out var value));
        Assert.Equal(DateTimeOffset.UnixEpoch.AddTicks(ticksSinceEpoch), value);
    }

    [Theory]
    [InlineData("-5", -5L)]
    [InlineData("12.5", 12L)]
    public void Epoch_text_with_a_sign_or_fraction_is_a_timestamp(string text, long seconds)
    {
        Assert.True(FlexibleTimestamp.TryParse(text, out var value));
        Assert.Equal(seconds, value.ToUnixTimeSeconds());
    }

    [Fact]
    public void Iso_text_without_an_offset_is_utc()
    {
        Assert.True(FlexibleTimestamp.TryParse("2024-05-27T09:51:27", out var value));
        Assert.Equal(new DateTimeOffset(2024, 5, 27, 9, 51, 27, TimeSpan.Zero), value);
        Assert.Equal(TimeSpan.Zero, value.Offset);
    }

    [Fact]
    public void A_boolean_where_a_timestamp_belongs_reads_as_no_timestamp_and_moves_past_it()
    {
        // One odd value must not fail a whole response whose write happened (issue #11, item 6).
        var reader = new Utf8JsonReader("[true,1716803487]"u8);
        reader.Read();
        reader.Read();

        Assert.Null(FlexibleTimestamp.Read(ref reader));
        reader.Read();
        Assert.Equal(1716803487, FlexibleTimestamp.Read(ref reader)!.Value.ToUnixTimeSeconds());
    }

    [Fact]
    public void Iso_utc_text_has_milliseconds_and_a_z()
    {
        Assert.Equal("2024-05-27T04:21:27.123Z", FlexibleTimestamp.ToIsoUtc(new DateTimeOffset(2024, 5, 27, 9, 51, 27, 123, TimeSpan.FromMinutes(330))));
    }

    private sealed class TextHolder
    {
        [JsonPropertyName("value")]
        [JsonConverter(typeof(LenientStringConverter))]
        public string? Value { get; set; }
    }

    private sealed class EnumHolder
    {
        [JsonPropertyName("type")]
        public CustomFieldType Type { get; set; }
    }
}
