namespace BadgeSdk.Passes.Wire;

/// <summary>One entry of <c>passTemplates</c>: <c>{id, name, ...}</c>; other members are ignored.</summary>
internal sealed class PassTemplateWire
{
    public string? Id { get; set; }

    public string? Name { get; set; }
}
