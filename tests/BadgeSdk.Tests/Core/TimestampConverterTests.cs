using System.Text.Json;
using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Tests.Core;

public class TimestampConverterTests
{
    private static readonly DateTimeOffset Expected = new(2024, 5, 27, 9, 51, 27, TimeSpan.Zero);

    [Theory]
    [InlineData("1716803487")]                       // epoch seconds (Capillary create examples)
    [InlineData("1716803487.000000000")]             // seconds with a 9-digit fraction (older responses)
    [InlineData("1716803487000")]                    // 13-digit milliseconds
    [InlineData("\"2024-05-27T09:51:27Z\"")]         // ISO-8601 (*ISO twins)
    [InlineData("\"2024-05-27T15:21:27+05:30\"")]    // ISO-8601 with an offset
    [InlineData("\"1716803487\"")]                   // seconds inside a string
    public void Reads_every_documented_form(string json)
    {
        var holder = Deserialize($$"""{"at": {{json}} }""");

        Assert.Equal(Expected, holder.At);
    }

    [Fact]
    public void Keeps_the_fraction_of_fractional_seconds()
    {
        var holder = Deserialize("""{"at": 1713850688.811401000}""");

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1713850688).AddTicks(8_114_010), holder.At);
    }

    [Fact]
    public void Reads_null_as_no_value()
    {
        var holder = Deserialize("""{"at": null}""");

        Assert.Null(holder.At);
    }

    [Theory]
    [InlineData("""{"at": "next tuesday"}""")]
    [InlineData("""{"at": 99999999999999999999}""")]
    [InlineData("""{"at": {"seconds": 1}}""")]
    [InlineData("""{"at": true}""")]
    public void A_value_that_is_no_timestamp_reads_as_null_instead_of_failing_the_response(string json)
    {
        Assert.Null(Deserialize(json).At);
    }

    [Fact]
    public void Writes_epoch_seconds_and_iso_utc()
    {
        var local = new DateTimeOffset(2024, 5, 27, 15, 21, 27, TimeSpan.FromHours(5.5));
        var options = new JsonSerializerOptions();

        var seconds = JsonSerializer.Serialize(new SecondsHolder { At = local }, options);
        var iso = JsonSerializer.Serialize(new IsoHolder { At = local }, options);

        Assert.Equal("""{"At":1716803487}""", seconds);
        Assert.Equal("""{"At":"2024-05-27T09:51:27.000Z"}""", iso);
    }

    [Fact]
    public void DateOnly_travels_as_year_month_day()
    {
        var json = JsonSerializer.Serialize(new DateHolder { Day = new DateOnly(2027, 11, 10) });
        var back = JsonSerializer.Deserialize<DateHolder>("""{"Day":"2025-11-10"}""")!;

        Assert.Equal("""{"Day":"2027-11-10"}""", json);
        Assert.Equal(new DateOnly(2025, 11, 10), back.Day);
    }

    private static Holder Deserialize(string json) => JsonSerializer.Deserialize<Holder>(json)!;

    private sealed class Holder
    {
        [JsonPropertyName("at")]
        [JsonConverter(typeof(IsoTimestampConverter))]
        public DateTimeOffset? At { get; set; }
    }

    private sealed class SecondsHolder
    {
        [JsonConverter(typeof(EpochSecondsConverter))]
        public DateTimeOffset? At { get; set; }
    }

    private sealed class IsoHolder
    {
        [JsonConverter(typeof(IsoTimestampConverter))]
        public DateTimeOffset? At { get; set; }
    }

    private sealed class DateHolder
    {
        public DateOnly Day { get; set; }
    }
}
