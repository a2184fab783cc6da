namespace BadgeSdk.Loyalty.Wire;

/// <summary><c>earnDetails</c>: <c>{earnCount, earns[]}</c>; every example's <c>earns</c> is empty, so only the count is read.</summary>
internal sealed class EarnDetailsWire
{
    public long? EarnCount { get; set; }
}
