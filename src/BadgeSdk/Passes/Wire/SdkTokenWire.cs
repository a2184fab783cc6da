namespace BadgeSdk.Passes.Wire;

/// <summary>The <c>sdkToken</c> body: <c>{templateId, permissions}</c>.</summary>
internal sealed class SdkTokenWire
{
    public required string TemplateId { get; init; }

    /// <summary>Gets the permissions as their wire values (for example <c>workspace:read</c>).</summary>
    public required List<string> Permissions { get; init; }
}
