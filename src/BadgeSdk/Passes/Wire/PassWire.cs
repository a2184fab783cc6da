namespace BadgeSdk.Passes.Wire;

/// <summary><c>pass</c>: <c>{id, attributes}</c> in requests, <c>{id?, downloadUrl}</c> in answers.</summary>
internal sealed class PassWire
{
    public string? Id { get; set; }

    public IDictionary<string, string>? Attributes { get; set; }

    public string? DownloadUrl { get; set; }
}
