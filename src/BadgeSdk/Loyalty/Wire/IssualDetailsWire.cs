namespace BadgeSdk.Loyalty.Wire;

/// <summary><c>issualDetails</c>: <c>{issuedCount, issuals[]}</c>.</summary>
internal sealed class IssualDetailsWire
{
    public long? IssuedCount { get; set; }

    public List<IssualWire>? Issuals { get; set; }
}
