namespace BadgeSdk.Loyalty.Wire;

/// <summary><c>triggeredBy</c>: <c>{"ownerType","referenceId"}</c>.</summary>
internal sealed class TriggerWire
{
    public string? OwnerType { get; set; }

    public string? ReferenceId { get; set; }
}
