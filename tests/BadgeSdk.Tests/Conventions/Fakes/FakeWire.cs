using BadgeSdk.Passes;

namespace BadgeSdk.Tests.Conventions.Fakes;

/// <summary>A wire type of <see cref="FakeJsonContext"/> that holds SDK types.</summary>
internal sealed class FakeWire
{
    public List<PassTemplate>? Templates { get; set; }

    public SdkPermission Permission { get; set; }
}
