using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using BadgeSdk.Benchmarks.Floor;
using BadgeSdk.Issuance;
using BenchmarkDotNet.Attributes;

namespace BadgeSdk.Benchmarks;

/// <summary>
/// Issuing a badge with a 5 MB image: the SDK (base64 streamed from the caller's bytes onto the
/// wire) against the usual careful approach: <c>Convert.ToBase64String</c> into a DTO sent with
/// <c>JsonContent.Create(body, JsonTypeInfo)</c> (with the relaxed encoder, so the base64 is not
/// escaped and both bodies carry the same bytes).
/// </summary>
[MemoryDiagnoser]
public class ImageIssueBenchmarks
{
    private static readonly FloorJsonContext RelaxedFloorJson = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull });

    private byte[] _image = null!;
    private IssuanceClient _client = null!;
    private HttpClient _plain = null!;
    private DrainingHandler _sdkHandler = null!;
    private DrainingHandler _plainHandler = null!;

    [GlobalSetup]
    public void Setup()
    {
        _image = new byte[BadgeImage.MaxBytes];
        new Random(42).NextBytes(_image);
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(_image, 0);
        var options = new IssuanceClientOptions { ApiToken = "bench-token" };
        _sdkHandler = new DrainingHandler();
        _plainHandler = new DrainingHandler();
        _client = new IssuanceClient(options, _sdkHandler);
        _plain = new HttpClient(_plainHandler) { BaseAddress = options.BaseAddress };

        // Both must put the whole image on the wire, or the comparison measures nothing.
        Sdk().GetAwaiter().GetResult();
        Base64IntoJsonContent().GetAwaiter().GetResult();
        var base64Length = (_image.Length + 2) / 3 * 4;
        if (_sdkHandler.LastBodyLength < base64Length || _plainHandler.LastBodyLength < base64Length)
        {
            throw new InvalidOperationException($"Bodies too short: SDK {_sdkHandler.LastBodyLength}, baseline {_plainHandler.LastBodyLength}, image base64 {base64Length}.");
        }

        Console.WriteLine($"// Body bytes: SDK {_sdkHandler.LastBodyLength}, baseline {_plainHandler.LastBodyLength}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _plain.Dispose();
    }

    [Benchmark]
    public Task<IssueBadgeResult> Sdk() => _client.IssueBadgeAsync(new IssueBadgeRequest("abc123", "John Doe")
    {
        IdempotencyKey = "bench-key",
        Metadata = { ["certificate_photo"] = BadgeImage.FromBytes(_image) },
    });

    [Benchmark(Baseline = true)]
    public async Task<string> Base64IntoJsonContent()
    {
        var body = new IssueBody
        {
            BadgeId = "abc123",
            Name = "John Doe",
            IdempotencyKey = "bench-key",
            Metadata = new() { ["certificate_photo"] = "data:image/png;base64," + Convert.ToBase64String(_image) },
        };
        using var content = JsonContent.Create(body, RelaxedFloorJson.IssueBody);
        using var response = await _plain.PostAsync(new Uri("issue/create", UriKind.Relative), content);
        return await response.Content.ReadAsStringAsync();
    }
}
