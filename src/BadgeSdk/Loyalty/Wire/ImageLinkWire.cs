namespace BadgeSdk.Loyalty.Wire;

/// <summary>One entry of <c>images[]</c>.</summary>
internal sealed class ImageLinkWire
{
    public string? Name { get; set; }

    public string? FileSvcHandle { get; set; }

    public string? Url { get; set; }

    public string? Tag { get; set; }
}
