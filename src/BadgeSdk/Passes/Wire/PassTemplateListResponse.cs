namespace BadgeSdk.Passes.Wire;

/// <summary><c>{passTemplates: [{id, name, ...}]}</c>.</summary>
internal sealed class PassTemplateListResponse
{
    public List<PassTemplate>? PassTemplates { get; set; }
}
