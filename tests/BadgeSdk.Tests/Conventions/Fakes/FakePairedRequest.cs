namespace BadgeSdk.Tests.Conventions.Fakes;

/// <summary>A request whose result is <see cref="FakePairedResult"/>.</summary>
public sealed class FakePairedRequest;
