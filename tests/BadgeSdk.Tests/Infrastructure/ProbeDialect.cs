using BadgeSdk.Core.Http;

namespace BadgeSdk.Tests.Infrastructure;

/// <summary>A vendor with a name of its own, so a test can pick its own spans, metrics and log lines out of those of tests running beside it.</summary>
internal sealed class ProbeDialect() : ResponseDialect("Probe-" + Guid.NewGuid().ToString("N"))
{
    public override ServerReport ReadReport(BadgeHttpResponse response) => ServerReport.None;
}
