namespace BadgeSdk.Tests.Infrastructure;

/// <summary>All contract tests share one WireMock server; each test works under its own path prefix.</summary>
[CollectionDefinition(Name)]
public sealed class WireMockGroup : ICollectionFixture<WireMockServer>
{
    public const string Name = "WireMock";
}
