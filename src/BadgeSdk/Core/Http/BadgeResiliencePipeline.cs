using BadgeSdk.Core.Telemetry;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace BadgeSdk.Core.Http;

/// <summary>
/// Builds the Polly pipeline every client uses, outermost first: overall timeout, retry (backoff
/// with jitter, <c>Retry-After</c> up to a cap, only when safe), circuit breaker, attempt timeout.
/// </summary>
internal static class BadgeResiliencePipeline
{
    public static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new("BadgeSdk.Request");

    public static ResiliencePipeline<HttpResponseMessage> Create(BadgeClientOptions options, ResponseDialect dialect, ILogger logger)
    {
        var api = dialect.Api;
        var time = options.Clock();
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        if (options.OverallTimeout != Timeout.InfiniteTimeSpan)
        {
            builder.AddTimeout(options.OverallTimeout);
        }

        if (options.Retry.MaxRetries > 0)
        {
            builder.AddRetry(CreateRetry(options.Retry, time, dialect, logger));
        }

        if (options.CircuitBreaker.Enabled)
        {
            var breaker = options.CircuitBreaker;
            builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                FailureRatio = breaker.FailureRatio,
                MinimumThroughput = breaker.MinimumThroughput,
                SamplingDuration = breaker.SamplingDuration,
                BreakDuration = breaker.BreakDuration,
                ShouldHandle = args => ValueTask.FromResult(FailureClassifier.IsServiceFailure(args.Outcome.Exception, args.Outcome.Result)),
                OnOpened = args =>
                {
                    BadgeLog.CircuitOpened(logger, api, args.BreakDuration.TotalSeconds);
                    return default;
                },
            });
        }

        if (options.AttemptTimeout != Timeout.InfiniteTimeSpan)
        {
            builder.AddTimeout(options.AttemptTimeout);
        }

        return builder.Build();
    }

    private static RetryStrategyOptions<HttpResponseMessage> CreateRetry(BadgeRetryOptions retry, TimeProvider time, ResponseDialect dialect, ILogger logger) => new()
    {
        MaxRetryAttempts = retry.MaxRetries,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = retry.UseJitter,
        Delay = retry.BaseDelay,
        MaxDelay = retry.MaxDelay,
        ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Context, args.Outcome, retry.MaxRetryAfter, time, dialect)),
        DelayGenerator = args => ValueTask.FromResult(
            args.Outcome.Result is { } response ? FailureClassifier.RetryAfter(response, time) : null),
        OnRetry = args =>
        {
            var request = args.Context.Properties.GetValue(RequestKey, null!);
            if (FailureClassifier.MayHaveBeenProcessed(args.Outcome.Exception, args.Outcome.Result)
                && request is BadgeRequestMessage { Attempts: var log })
            {
                log.MarkAmbiguous();
            }

            var outcome = args.Outcome.Exception?.GetType().Name ?? $"HTTP {(int)args.Outcome.Result!.StatusCode}";
            BadgeTelemetry.Retries.Add(1, new KeyValuePair<string, object?>(BadgeTelemetry.ApiTag, dialect.Api));
            BadgeLog.Retrying(logger, request?.Method.Method ?? "?", request?.RequestUri?.AbsolutePath ?? "?", args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds, outcome);
            return default;
        },
    };

    private static bool ShouldRetry(ResilienceContext context, Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter, TimeProvider time, ResponseDialect dialect)
    {
        if (context.CancellationToken.IsCancellationRequested)
        {
            return false;
        }

        var request = context.Properties.GetValue(RequestKey, null!);
        var safety = request is BadgeRequestMessage message ? message.Safety : RetrySafety.Idempotent;
        if (safety == RetrySafety.ReconciledByCaller && FailureClassifier.MayHaveBeenProcessed(outcome.Exception, outcome.Result))
        {
            // The client looks the outcome up before it sends again; a blind re-send here could race it.
            return false;
        }

        var safe = safety != RetrySafety.NotIdempotent;

        if (outcome.Exception is { } exception)
        {
            return exception switch
            {
                HttpRequestException => safe || FailureClassifier.ProvesNotSent(exception),
                TimeoutRejectedException => safe,
                _ => false,
            };
        }

        var response = outcome.Result!;
        if (!safe || !FailureClassifier.IsTransientStatus(response.StatusCode) || dialect.IsPermanent(response))
        {
            return false;
        }

        // A wait longer than the cap is not slept through: the caller gets the response (and a
        // rate-limit exception carrying RetryAfter) at once.
        return FailureClassifier.RetryAfter(response, time) is not { } wait || wait <= maxRetryAfter;
    }
}
