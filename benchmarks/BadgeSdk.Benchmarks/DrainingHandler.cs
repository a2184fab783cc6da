using System.Net;
using System.Text;

namespace BadgeSdk.Benchmarks;

/// <summary>Reads the request body to the end (as a socket would) and answers IssueBadge's success body.</summary>
internal sealed class DrainingHandler : HttpMessageHandler
{
    private static readonly byte[] Success = Encoding.UTF8.GetBytes("""{"success":true,"IssueId":"xyz789","publicUrl":"https://yourdomain.com/v/xyz789"}""");

    /// <summary>Gets the length of the last body drained, so a benchmark can check it measured what it claims.</summary>
    public long LastBodyLength { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is { } content)
        {
            var counter = new CountingStream();
            await content.CopyToAsync(counter, cancellationToken);
            LastBodyLength = counter.Length;
        }

        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new ByteArrayContent(Success) { Headers = { ContentType = new("application/json") } },
        };
    }
}
