namespace BadgeSdk.Loyalty.Wire;

/// <summary>One entry of <c>tags[]</c>.</summary>
internal sealed class TagWire
{
    public string? Name { get; set; }

    public string? Value { get; set; }
}
