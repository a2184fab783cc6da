namespace BadgeSdk.Tests.Infrastructure;

/// <summary>Answers after a moment, on the thread pool, like a real server; counts the requests it saw.</summary>
internal sealed class LaterHandler(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        await Task.Delay(1, cancellationToken).ConfigureAwait(false);
        return answer(request);
    }
}
