using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;

namespace BadgeSdk.Core.Telemetry;

/// <summary>
/// The SDK's <see cref="ActivitySource"/> and <see cref="Meter"/>, both named <c>BadgeSdk</c>.
/// Names and attributes are listed in docs/observability.md; none of them carries a credential.
/// </summary>
internal static class BadgeTelemetry
{
    public const string Name = "BadgeSdk";

    public static readonly string Version = typeof(BadgeTelemetry).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static readonly ActivitySource ActivitySource = new(Name, Version);

    public static readonly Meter Meter = new(Name, Version);

    /// <summary>Duration of one SDK operation, retries included.</summary>
    public static readonly Histogram<double> OperationDuration = Meter.CreateHistogram<double>(
        "badgesdk.client.operation.duration", unit: "s", description: "Duration of a BadgeSdk operation, retries and backoff included.");

    /// <summary>Retries scheduled by the resilience pipeline.</summary>
    public static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        "badgesdk.client.retries", unit: "{retry}", description: "Retries the BadgeSdk resilience pipeline scheduled.");

    /// <summary>Response fields, enum values and timestamp forms the SDK did not expect (names only, never values).</summary>
    public static readonly Counter<long> ContractDrift = Meter.CreateCounter<long>(
        "badgesdk.contract.drift", unit: "{occurrence}", description: "Response fields the SDK does not model, enum values it does not know, and timestamps in a form it had to guess.");

    public const string FieldTag = "badgesdk.field";
    public const string DriftKindTag = "badgesdk.drift.kind";
    public const string ApiTag = "badgesdk.api";
    public const string OperationTag = "badgesdk.operation";
    public const string IdempotencyKeyTag = "badgesdk.idempotency_key";
    public const string AttemptsTag = "badgesdk.attempts";
    public const string MethodTag = "http.request.method";
    public const string StatusTag = "http.response.status_code";
    public const string ServerTag = "server.address";
    public const string ErrorTypeTag = "error.type";
}
