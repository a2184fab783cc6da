namespace BadgeSdk.Loyalty.Wire;

/// <summary>The <c>data</c> of an activation change: <c>{id, isActive}</c>.</summary>
internal sealed class ActivationWire
{
    public string? Id { get; set; }

    public bool? IsActive { get; set; }
}
