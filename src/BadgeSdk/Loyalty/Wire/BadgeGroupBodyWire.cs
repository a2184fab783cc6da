namespace BadgeSdk.Loyalty.Wire;

/// <summary>The body of a group create or update: <c>{name, rank}</c>.</summary>
internal sealed class BadgeGroupBodyWire
{
    public string? Name { get; set; }

    public int Rank { get; set; }
}
