using System.Net;
using System.Net.Http.Headers;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Reliability;

/// <summary>
/// Answers one operation's calls with whatever body a fuzzer chooses, over an in-memory handler,
/// and judges the outcome: a result or a <see cref="BadgeApiException"/>, never another exception
/// or a hang; and for a write whose 2xx answer was cut short, never a failure that says nothing happened.
/// </summary>
internal sealed class ResponseProbe : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private readonly ParsedOperation _operation;
    private readonly StubHandler _handler;
    private readonly BadgeClient _client;
    private (int Status, byte[] Body, string? MediaType) _next;

    public ResponseProbe(ParsedOperation operation)
    {
        _operation = operation;
        _handler = new StubHandler((_, _) => Answer());
        _client = operation.CreateClient(_handler);
    }

    /// <summary>Gets how many calls the probe made.</summary>
    public int Calls { get; private set; }

    /// <summary>Calls the operation once with this answer.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="body">The body's bytes.</param>
    /// <param name="mediaType">The content type, or <see langword="null"/> for none.</param>
    /// <param name="cutShortSuccess">Whether the body is a success document cut short, so a 2xx means the write happened.</param>
    /// <returns><see langword="null"/> when the outcome is one the SDK promises; otherwise what went wrong.</returns>
    public async Task<string?> ProbeAsync(int status, byte[] body, string? mediaType, bool cutShortSuccess = false)
    {
        _next = (status, body, mediaType);
        Calls++;
        _handler.Requests.Clear();
        try
        {
            var result = await _operation.InvokeAsync(_client, CancellationToken.None).WaitAsync(Bound);
            return result is null ? Describe("a null result") : null;
        }
        catch (BadgeApiException error) when (cutShortSuccess && _operation.IsWrite && status is >= 200 and < 300 && !error.MayHaveBeenProcessed)
        {
            return Describe($"{error.GetType().Name} with MayHaveBeenProcessed=false after the server said {status}: {error.Message}");
        }
        catch (BadgeApiException)
        {
            return null;
        }
        catch (TimeoutException)
        {
            return Describe($"no outcome within {Bound.TotalSeconds} s");
        }
        catch (Exception error)
        {
            return Describe($"{error.GetType().FullName}: {error.Message}\n{error.StackTrace}");
        }

        string Describe(string what)
            => $"{_operation.Name} answered HTTP {status} ({mediaType ?? "no content type"}) with {Printable(body)}: {what}";
    }

    public string? Probe(int status, byte[] body, string? mediaType) => ProbeAsync(status, body, mediaType).GetAwaiter().GetResult();

    public void Dispose()
    {
        _client.Dispose();
        _handler.Dispose();
    }

    private static string Printable(byte[] body)
    {
        var text = System.Text.Encoding.UTF8.GetString(body);
        return text.Length > 300 ? $"{text[..300]}… ({body.Length} bytes)" : $"'{text}'";
    }

    private HttpResponseMessage Answer()
    {
        var (status, body, mediaType) = _next;
        var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new ByteArrayContent(body) };
        if (status >= 500)
        {
            // The retry (and its reading of a 5xx body) still happens, without a timer's wait.
            response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.Zero);
        }

        if (mediaType is not null)
        {
            response.Content.Headers.ContentType = new MediaTypeHeaderValue(mediaType) { CharSet = "utf-8" };
        }

        return response;
    }
}
