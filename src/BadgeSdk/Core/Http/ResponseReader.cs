using System.Text.Json.Serialization.Metadata;
using BadgeSdk.Core.Errors;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BadgeSdk.Core.Http;

/// <summary>
/// The one place a response becomes a result or a typed exception, for every area: a failure in
/// any HTTP status (including a 2xx whose body says so) is thrown with the same diagnostics.
/// </summary>
internal sealed class ResponseReader
{
    private readonly ResponseDialect _dialect;
    private readonly bool _strictContract;
    private readonly ILogger _logger;

    public ResponseReader(ResponseDialect dialect, bool strictContract = false, ILogger? logger = null)
    {
        _dialect = dialect;
        _strictContract = strictContract;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>Returns the body as <typeparamref name="T"/> when the call succeeded; otherwise throws the exception the failure calls for.</summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="call">The call.</param>
    /// <param name="response">The response.</param>
    /// <param name="type">The body's source-generated metadata.</param>
    /// <returns>The body and the vendor's report (warnings included).</returns>
    /// <exception cref="BadgeApiException">The server reported a failure, or a success whose body cannot be read.</exception>
    public (T Body, ServerReport Report) Read<T>(BadgeHttpRequest call, BadgeHttpResponse response, JsonTypeInfo<T> type)
        where T : class
    {
        var body = response.TryRead(type);
        var report = body is IServerReportBody reporting ? reporting.ToReport() : response.IsSuccess ? ServerReport.None : _dialect.ReadReport(response);
        if (!response.IsSuccess || report.ReportsFailure)
        {
            throw Failure(call, response, report);
        }

        var read = body ?? throw Unreadable(call, response);
        if (!_strictContract && !ContractDrift.IsObserved(_logger))
        {
            return (read, report);
        }

        var drifts = ContractDrift.Find(response.Body, type, _dialect);
        ContractDrift.Report(drifts, _dialect.Api, call.Operation, _logger);
        if (_strictContract && drifts is not null)
        {
            throw Drifted(call, response, drifts);
        }

        return (read, report);
    }

    /// <summary>Creates the strict-mode exception for a response that departs from the SDK's contract, naming the fields.</summary>
    /// <param name="call">The call.</param>
    /// <param name="response">The response.</param>
    /// <param name="drifts">What departed, and where.</param>
    /// <returns>The exception; the caller throws it.</returns>
    public BadgeApiException Drifted(BadgeHttpRequest call, BadgeHttpResponse response, IReadOnlyList<(string Kind, string Field)> drifts)
    {
        var what = $"{_dialect.Api} {call.Operation} answered with contract drift (StrictContract is on): {string.Join("; ", drifts.Select(d => $"{d.Kind} at {d.Field}"))}.";
        if (call.IsWrite)
        {
            // The server accepted the call: the strict failure must not invite a second write.
            var processed = _dialect.Processed(call, what + " The server accepted the call, so it was processed." + BadgeErrorFactory.Advice(call, mayHaveBeenProcessed: true));
            return BadgeErrorFactory.Fill(processed, call, response, ServerReport.None);
        }

        return BadgeErrorFactory.Fill(new BadgeApiException(what), call, response, ServerReport.None);
    }

    /// <summary>Throws the typed exception for a response whose status is not a success (for calls that keep the raw body).</summary>
    /// <param name="call">The call.</param>
    /// <param name="response">The response.</param>
    /// <exception cref="BadgeApiException">The server reported a failure.</exception>
    public void EnsureSuccess(BadgeHttpRequest call, BadgeHttpResponse response)
    {
        if (!response.IsSuccess)
        {
            throw Failure(call, response, _dialect.ReadReport(response));
        }
    }

    /// <summary>Creates the exception for a failure the server reported.</summary>
    /// <param name="call">The call.</param>
    /// <param name="response">The response.</param>
    /// <param name="report">What the body said.</param>
    /// <returns>The exception; the caller throws it.</returns>
    public BadgeApiException Failure(BadgeHttpRequest call, BadgeHttpResponse response, ServerReport report)
        => _dialect.Classify(call, response, report) ?? BadgeErrorFactory.FromResponse(_dialect.Api, call, response, report);

    /// <summary>Creates the exception for a success whose body is not the expected JSON (or lacks what the call needs).</summary>
    /// <param name="call">The call.</param>
    /// <param name="response">The response.</param>
    /// <returns>The exception; the caller throws it.</returns>
    public BadgeApiException Unreadable(BadgeHttpRequest call, BadgeHttpResponse response)
    {
        var what = $"{BadgeErrorFactory.Subject(_dialect.Api, call.Operation)} answered HTTP {(int)response.StatusCode} with a body that is not the expected JSON ({response.MediaType ?? "no content type"}); see ResponseBodySnippet.";
        if (call.IsWrite && response.IsSuccess)
        {
            // The server said yes: reporting a plain failure would invite a duplicate under a new key.
            var processed = _dialect.Processed(call, what + " The server accepted the call, so it was processed." + BadgeErrorFactory.Advice(call, mayHaveBeenProcessed: true));
            return BadgeErrorFactory.Fill(processed, call, response, ServerReport.None);
        }

        return BadgeErrorFactory.Fill(new BadgeApiException(what), call, response, ServerReport.None);
    }
}
