using System.Runtime.CompilerServices;
using Polly;

namespace BadgeSdk.Core.Http;

/// <summary>Runs each request through the client's resilience pipeline; sits above authentication so every attempt is authenticated afresh.</summary>
internal sealed class ResilienceHandler : DelegatingHandler
{
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public ResilienceHandler(ResiliencePipeline<HttpResponseMessage> pipeline) => _pipeline = pipeline;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(BadgeResiliencePipeline.RequestKey, request);
        try
        {
            // Attempts report outcomes rather than throw: Polly then needs no wrapper of its own
            // around each attempt and around the whole execution.
            var outcome = await _pipeline.ExecuteOutcomeAsync(
                static (ctx, state) => state.Handler.AttemptAsync(state.Request, ctx.CancellationToken),
                context,
                (Handler: this, Request: request)).ConfigureAwait(false);
            outcome.ThrowIfException();
            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    // Polly awaits each attempt exactly once, which is what a pooled ValueTask needs.
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<Outcome<HttpResponseMessage>> AttemptAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage? response = null;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);

            // Read the body inside the attempt: a body cut off mid-stream is then a failed
            // attempt that can be retried, not an error after the pipeline has finished.
#if NET9_0_OR_GREATER
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
#else
            await response.Content.LoadIntoBufferAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
#endif
            return Outcome.FromResult(response);
        }
        catch (Exception exception)
        {
            response?.Dispose();
            return Outcome.FromException<HttpResponseMessage>(exception);
        }
    }
}
