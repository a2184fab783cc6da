using BadgeSdk.Core.Auth;
using Microsoft.Extensions.Logging;

namespace BadgeSdk.Tests.Infrastructure;

/// <summary>Options for driving the Core transport directly, with retry delays short enough for tests.</summary>
internal sealed class TestClientOptions : BadgeClientOptions
{
    public TestClientOptions(Uri baseAddress)
    {
        BaseAddress = baseAddress;
        AttemptTimeout = TimeSpan.FromSeconds(5);
        OverallTimeout = TimeSpan.FromSeconds(30);
        Retry.BaseDelay = TimeSpan.FromMilliseconds(20);
        Retry.MaxDelay = TimeSpan.FromMilliseconds(200);
        Retry.MaxRetryAfter = TimeSpan.FromSeconds(5);
    }

    public override Uri BaseAddress { get; set; }

    internal override string SectionName => "Test";

    // The harness passes its authenticator in directly.
    internal override BadgeAuthenticator CreateAuthenticator(ILogger logger) => throw new NotSupportedException();

    private protected override IEnumerable<string> GetAreaProblems() => [];
}
