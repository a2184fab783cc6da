namespace BadgeSdk.Tests.Conventions.Fakes;

/// <summary>A request with no result type, which the request/result rule must report.</summary>
public sealed class FakeOrphanRequest;
