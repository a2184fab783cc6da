using Microsoft.Extensions.Logging;

namespace BadgeSdk.Core.Telemetry;

/// <summary>
/// Every log line the SDK writes. Source-generated; no header, query string, body or credential
/// is ever a parameter here, so none can reach a log.
/// </summary>
internal static partial class BadgeLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Debug, Message = "{Api}.{Operation} sending {Method} {Path}")]
    public static partial void Sending(ILogger logger, string api, string operation, string method, string path);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Debug, Message = "{Api}.{Operation} completed with HTTP {StatusCode} after {Attempts} attempt(s) in {ElapsedMs} ms")]
    public static partial void Completed(ILogger logger, string api, string operation, int statusCode, int attempts, double elapsedMs);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "{Api}.{Operation} failed after {Attempts} attempt(s) in {ElapsedMs} ms: {ErrorType}")]
    public static partial void Failed(ILogger logger, string api, string operation, int attempts, double elapsedMs, string errorType);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Retrying {Method} {Path} (retry {Retry}) in {DelayMs} ms after {Outcome}")]
    public static partial void Retrying(ILogger logger, string method, string path, int retry, double delayMs, string outcome);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "OAuth token obtained from {Host}, valid for {TtlSeconds} s")]
    public static partial void TokenRefreshed(ILogger logger, string host, double ttlSeconds);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "Contract drift: {Api}.{Operation} answered with {Kind} at {Field}; logged once per field (see docs/contracts.md)")]
    public static partial void ContractDrift(ILogger logger, string api, string operation, string kind, string field);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Circuit opened for {Api} for {BreakSeconds} s")]
    public static partial void CircuitOpened(ILogger logger, string api, double breakSeconds);
}
