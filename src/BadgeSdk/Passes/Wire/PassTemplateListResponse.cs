namespace BadgeSdk.Passes.Wire;

/// <summary><c>{passTemplates: [{id, name, ...}]}</c>.</summary>
internal sealed class PassTemplateListResponse
{
    public List<PassTemplateWire?>? PassTemplates { get; set; }
}
