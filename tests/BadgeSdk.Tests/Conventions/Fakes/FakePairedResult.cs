namespace BadgeSdk.Tests.Conventions.Fakes;

/// <summary>The result of <see cref="FakePairedRequest"/>.</summary>
public sealed class FakePairedResult;
