using System.Text;
using System.Text.Json;
using BadgeSdk.Core.Http;
using BadgeSdk.Issuance;
using BenchmarkDotNet.Attributes;

namespace BadgeSdk.Benchmarks;

/// <summary>
/// Issuing a badge with a 5 MB image: the SDK (base64 streamed from the caller's bytes onto the
/// wire) against the usual approach (base64 string, then a JSON string, then UTF-8 body bytes).
/// </summary>
[MemoryDiagnoser]
public class ImageIssueBenchmarks
{
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
        _client = new IssuanceClient(options, BadgeClientContext.Standalone(options, "IssueBadge", null, _sdkHandler));
        _plain = new HttpClient(_plainHandler) { BaseAddress = options.BaseAddress };

        // Both must put the whole image on the wire, or the comparison measures nothing.
        Sdk().GetAwaiter().GetResult();
        StringBuiltBody().GetAwaiter().GetResult();
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
    public async Task<string> StringBuiltBody()
    {
        var dataUri = "data:image/png;base64," + Convert.ToBase64String(_image);
        var json = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["badge_id"] = "abc123",
            ["name"] = "John Doe",
            ["idempotency_key"] = "bench-key",
            ["metadata"] = new Dictionary<string, string> { ["certificate_photo"] = dataUri },
        });
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await _plain.PostAsync(new Uri("issue/create", UriKind.Relative), content);
        return await response.Content.ReadAsStringAsync();
    }
}
