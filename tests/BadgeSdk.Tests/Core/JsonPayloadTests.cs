using System.Text;
using System.Text.Json;
using BadgeSdk.Core.Http;

namespace BadgeSdk.Tests.Core;

public class JsonPayloadTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(49_151)]
    [InlineData(49_152)]
    [InlineData(200_003)]
    public async Task Deferred_base64_equals_ordinary_encoding_and_the_declared_length(int size)
    {
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        using var builder = new JsonPayloadBuilder();
        builder.Writer.WriteStartObject();
        builder.Writer.WriteString("before", "a\"b");
        builder.Writer.WritePropertyName("photo");
        builder.WriteBase64StringValue("data:image/png;base64,", bytes);
        builder.Writer.WritePropertyName("second");
        builder.WriteBase64StringValue("", bytes.AsMemory(0, 1));
        builder.Writer.WriteNumber("after", 7);
        builder.Writer.WriteEndObject();
        using var payload = builder.Build();

        var sent = await payload.ReadAsByteArrayAsync();

        using var json = JsonDocument.Parse(sent);
        Assert.Equal("data:image/png;base64," + Convert.ToBase64String(bytes), json.RootElement.GetProperty("photo").GetString());
        Assert.Equal(Convert.ToBase64String(bytes, 0, 1), json.RootElement.GetProperty("second").GetString());
        Assert.Equal("a\"b", json.RootElement.GetProperty("before").GetString());
        Assert.Equal(7, json.RootElement.GetProperty("after").GetInt32());
        Assert.Equal(sent.Length, payload.Headers.ContentLength);
    }

    [Fact]
    public async Task Same_bytes_every_time_it_is_sent()
    {
        using var builder = new JsonPayloadBuilder();
        builder.Writer.WriteStartObject();
        builder.Writer.WritePropertyName("p");
        builder.WriteBase64StringValue("x:", Encoding.UTF8.GetBytes("hello"));
        builder.Writer.WriteEndObject();
        using var payload = builder.Build();

        var first = await Bytes(payload);
        Assert.Equal(first, await Bytes(payload));
        Assert.Equal("""{"p":"x:aGVsbG8="}""", Encoding.UTF8.GetString(first));
    }

    [Fact]
    public async Task A_body_keeps_its_bytes_after_its_builder_is_reused_for_the_next()
    {
        using var first = Body("""{"a":"first"}""");
        using var big = Body($$"""{"b":"{{new string('x', 40_000)}}"}""");
        using var after = Body("""{"c":3}""");

        Assert.Equal("""{"a":"first"}""", Encoding.UTF8.GetString(await Bytes(first)));
        Assert.Equal(40_008, (await Bytes(big)).Length);
        Assert.Equal("""{"c":3}""", Encoding.UTF8.GetString(await Bytes(after)));
    }

    [Fact]
    public async Task A_builder_disposed_twice_never_shares_its_writer()
    {
        var twice = new JsonPayloadBuilder();
        twice.Dispose();
        using var outer = new JsonPayloadBuilder();
        twice.Dispose();
        using var inner = new JsonPayloadBuilder();
        outer.Writer.WriteStartObject();
        inner.Writer.WriteStartArray();
        outer.Writer.WriteNumber("o", 1);
        inner.Writer.WriteNumberValue(2);
        outer.Writer.WriteEndObject();
        inner.Writer.WriteEndArray();

        Assert.NotSame(outer.Writer, inner.Writer);
        using var outerBody = outer.Build();
        using var innerBody = inner.Build();
        Assert.Equal("""{"o":1}""", Encoding.UTF8.GetString(await Bytes(outerBody)));
        Assert.Equal("[2]", Encoding.UTF8.GetString(await Bytes(innerBody)));
    }

    [Fact]
    public async Task A_builder_left_mid_body_does_not_spoil_the_next()
    {
        using (var abandoned = new JsonPayloadBuilder())
        {
            abandoned.Writer.WriteStartObject();
            abandoned.Writer.WriteString("half", "done");
        }

        using var next = Body("""{"whole":true}""");

        Assert.Equal("""{"whole":true}""", Encoding.UTF8.GetString(await Bytes(next)));
    }

    private static JsonPayload Body(string json)
    {
        using var builder = new JsonPayloadBuilder();
        using var document = JsonDocument.Parse(json);
        document.WriteTo(builder.Writer);
        return builder.Build();
    }

    // What the handler sends: the content copied to the network stream, as on each attempt.
    private static async Task<byte[]> Bytes(HttpContent content)
    {
        using var stream = new MemoryStream();
        await content.CopyToAsync(stream);
        return stream.ToArray();
    }
}
