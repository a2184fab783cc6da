using BadgeSdk.Core.Http;

namespace BadgeSdk.Tests.Infrastructure;

/// <summary>A vendor that reports outcomes by HTTP status only, for transport tests.</summary>
internal sealed class TestDialect : ResponseDialect
{
    public static readonly TestDialect Instance = new();

    private TestDialect()
        : base("Test")
    {
    }

    public override ServerReport ReadReport(BadgeHttpResponse response) => ServerReport.None;
}
