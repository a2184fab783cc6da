namespace BadgeSdk.Loyalty.Wire;

/// <summary>One entry of Capillary's <c>errors[]</c> or <c>warnings[]</c>: <c>{"code","message","reference"}</c>.</summary>
internal sealed class CapillaryErrorWire
{
    public int Code { get; set; }

    public string? Message { get; set; }

    public string? Reference { get; set; }

    public static IReadOnlyList<BadgeError> ToErrors(List<CapillaryErrorWire>? wire)
        => wire is null or { Count: 0 } ? [] : [.. wire.OfType<CapillaryErrorWire>().Select(e => new BadgeError(e.Code, e.Message, e.Reference))];
}
