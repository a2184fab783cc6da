namespace BadgeSdk.Loyalty;

/// <summary>A new badge group (Capillary <c>POST group</c>, body <c>{name, rank}</c>).</summary>
/// <param name="name">The group's name: unique in the organisation, case-sensitive.</param>
/// <param name="rank">The group's rank.</param>
public sealed class CreateBadgeGroupRequest(string name, int rank)
{
    /// <summary>Gets or sets the group's name (<c>name</c>): unique in the organisation, case-sensitive.</summary>
    public string Name { get; set; } = name;

    /// <summary>Gets or sets the group's rank (<c>rank</c>).</summary>
    public int Rank { get; set; } = rank;
}
