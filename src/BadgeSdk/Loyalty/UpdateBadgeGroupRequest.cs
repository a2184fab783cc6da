namespace BadgeSdk.Loyalty;

/// <summary>
/// A changed badge group (Capillary <c>PUT</c>, body <c>{name, rank}</c>; the path is
/// <see cref="LoyaltyClientOptions.UpdateBadgeGroupPath"/> followed by the group's id).
/// </summary>
/// <param name="groupId">The group's id (<see cref="BadgeGroup.Id"/>).</param>
/// <param name="name">The group's name: unique in the organisation, case-sensitive.</param>
/// <param name="rank">The group's rank.</param>
public sealed class UpdateBadgeGroupRequest(string groupId, string name, int rank)
{
    /// <summary>Gets or sets the group's id; sent in the path, not in the body.</summary>
    public string GroupId { get; set; } = groupId;

    /// <summary>Gets or sets the group's name (<c>name</c>).</summary>
    public string Name { get; set; } = name;

    /// <summary>Gets or sets the group's rank (<c>rank</c>).</summary>
    public int Rank { get; set; } = rank;
}
