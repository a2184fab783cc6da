using System.Diagnostics;
using System.Text.Json.Serialization.Metadata;
using BadgeSdk.Core.Errors;
using BadgeSdk.Core.Telemetry;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace BadgeSdk.Core.Http;

/// <summary>
/// The one way the area clients talk HTTP: builds the message, runs it through the handler chain,
/// buffers the answer, and records one span, one duration and the log lines for the operation.
/// Failures without a response become <see cref="BadgeTransientException"/>; responses are read
/// by <see cref="Reader"/>, with the area's <see cref="ResponseDialect"/>.
/// </summary>
internal sealed class BadgeTransport
{
    private readonly Func<HttpClient> _http;
    private readonly Uri _baseAddress;
    private readonly string _userAgent;
    private readonly TimeSpan? _ownTimeout;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates the transport.</summary>
    /// <param name="http">Gives the client for a call: the client's own, or a fresh one from <c>IHttpClientFactory</c> so handler rotation works for a long-lived client.</param>
    /// <param name="options">The client's options, already validated.</param>
    /// <param name="dialect">How the API reports outcomes.</param>
    /// <param name="logger">The logger.</param>
    public BadgeTransport(Func<HttpClient> http, BadgeClientOptions options, ResponseDialect dialect, ILogger logger)
    {
        _http = http;
        Api = dialect.Api;
        Reader = new ResponseReader(dialect);
        _logger = logger;
        _time = options.Clock();
        _userAgent = UserAgent.Create(options.ApplicationId);
        var baseText = options.BaseAddress.AbsoluteUri;
        _baseAddress = baseText.EndsWith('/') ? options.BaseAddress : new Uri(baseText + "/");

        // With the SDK's pipeline off, the overall timeout still has to hold.
        _ownTimeout = options.EnableResilience || options.OverallTimeout == Timeout.InfiniteTimeSpan ? null : options.OverallTimeout;
    }

    /// <summary>Gets the API's display name, used in spans, logs and exception messages.</summary>
    public string Api { get; }

    /// <summary>Gets the reader that turns this API's responses into results or typed exceptions.</summary>
    public ResponseReader Reader { get; }

    /// <summary>Sends the call and reads a successful body as <typeparamref name="T"/>; any failure is thrown typed.</summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="request">The call.</param>
    /// <param name="type">The body's source-generated metadata.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The body and what the vendor reported beside it (warnings).</returns>
    public async Task<(T Body, ServerReport Report)> SendAsync<T>(BadgeHttpRequest request, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        return Reader.Read(request, response, type);
    }

    public async Task<BadgeHttpResponse> SendAsync(BadgeHttpRequest request, CancellationToken cancellationToken)
    {
        using var activity = BadgeTelemetry.ActivitySource.StartActivity($"{Api}.{request.Operation}", ActivityKind.Client);
        activity?.SetTag(BadgeTelemetry.ApiTag, Api);
        activity?.SetTag(BadgeTelemetry.OperationTag, request.Operation);
        activity?.SetTag(BadgeTelemetry.MethodTag, request.Method.Method);
        activity?.SetTag(BadgeTelemetry.ServerTag, _baseAddress.Host);
        if (request.IdempotencyKey is not null)
        {
            activity?.SetTag(BadgeTelemetry.IdempotencyKeyTag, request.IdempotencyKey);
        }

        var log = new AttemptLog();
        var started = _time.GetTimestamp();
        using var message = request.ToMessage(_baseAddress, _userAgent, log);
        using var timeout = _ownTimeout is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout?.CancelAfter(_ownTimeout!.Value);
        var token = timeout?.Token ?? cancellationToken;
        string? errorType = null;
        int? status = null;
        BadgeLog.Sending(_logger, Api, request.Operation, request.Method.Method, message.RequestUri!.AbsolutePath);
        try
        {
            using var response = await _http().SendAsync(message, HttpCompletionOption.ResponseContentRead, token).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(token).ConfigureAwait(false);
            status = (int)response.StatusCode;
            var result = new BadgeHttpResponse(
                response.StatusCode,
                body,
                response.Content.Headers.ContentType?.MediaType,
                FailureClassifier.RetryAfter(response, _time),
                Math.Max(1, log.Attempts),
                log.EarlierAttemptMayHaveBeenProcessed,
                response.Headers.Location is { } location && message.RequestUri is { } sentTo ? new Uri(sentTo, location) : null);
            if (!result.IsSuccess)
            {
                errorType = status.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return result;
        }
        catch (Exception exception) when (Translate(exception, request, log, cancellationToken) is { } translated)
        {
            errorType = exception.GetType().Name;
            throw translated;
        }
        catch (Exception exception)
        {
            errorType = exception.GetType().Name;
            throw;
        }
        finally
        {
            Record(activity, request, started, log, status, errorType);
        }
    }

    private static Exception? Translate(Exception exception, BadgeHttpRequest request, AttemptLog log, CancellationToken callerToken)
    {
        // An attempt on its way may have arrived; one that never left cannot have.
        var sent = request.IsWrite && (log.AnySent || request.PriorSendMayHaveBeenProcessed);
        var earlier = request.IsWrite && (log.EarlierAttemptMayHaveBeenProcessed || request.PriorSendMayHaveBeenProcessed);
        return exception switch
        {
            OperationCanceledException when callerToken.IsCancellationRequested => new BadgeOperationCanceledException(
                $"The call to {request.Operation} was cancelled." + BadgeErrorFactory.Advice(request, sent),
                exception,
                callerToken)
            {
                Operation = request.Operation,
                MayHaveBeenProcessed = sent,
                IdempotencyKey = request.IdempotencyKey,
                RequestId = request.RequestId,
            },
            TimeoutRejectedException or OperationCanceledException => BadgeErrorFactory.NoResponse(
                $"The call to {request.Operation} timed out.", request, exception, sent),
            BrokenCircuitException broken => BadgeErrorFactory.NoResponse(
                $"The call to {request.Operation} was not sent: the circuit breaker is open after repeated failures.", request, exception, earlier, broken.RetryAfter),
            HttpRequestException when FailureClassifier.ProvesNotSent(exception) => BadgeErrorFactory.NoResponse(
                $"The call to {request.Operation} could not connect to the server; this attempt was not sent.", request, exception, earlier),
            HttpRequestException => BadgeErrorFactory.NoResponse(
                $"The connection failed during the call to {request.Operation}.", request, exception, sent),
            _ => null,
        };
    }

    private void Record(Activity? activity, BadgeHttpRequest request, long started, AttemptLog log, int? status, string? errorType)
    {
        var elapsed = _time.GetElapsedTime(started);
        var attempts = Math.Max(1, log.Attempts);
        var tags = new TagList
        {
            { BadgeTelemetry.ApiTag, Api },
            { BadgeTelemetry.OperationTag, request.Operation },
        };
        if (status is { } code)
        {
            tags.Add(BadgeTelemetry.StatusTag, code);
            activity?.SetTag(BadgeTelemetry.StatusTag, code);
        }

        if (errorType is not null)
        {
            tags.Add(BadgeTelemetry.ErrorTypeTag, errorType);
            activity?.SetTag(BadgeTelemetry.ErrorTypeTag, errorType);
            activity?.SetStatus(ActivityStatusCode.Error);
        }

        activity?.SetTag(BadgeTelemetry.AttemptsTag, attempts);
        BadgeTelemetry.OperationDuration.Record(elapsed.TotalSeconds, tags);
        if (status is { } completed)
        {
            BadgeLog.Completed(_logger, Api, request.Operation, completed, attempts, elapsed.TotalMilliseconds);
        }
        else
        {
            BadgeLog.Failed(_logger, Api, request.Operation, attempts, elapsed.TotalMilliseconds, errorType ?? "unknown");
        }
    }
}
