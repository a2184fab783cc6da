namespace BadgeSdk.Tests.Conventions.Fakes;

/// <summary>A flags enum, for <see cref="PublicApiListingTests"/>.</summary>
[Flags]
public enum ApiShapeOptions : byte
{
    None = 0,
    Fast = 1,
    Safe = 2,
}
