namespace BadgeSdk.Loyalty.Wire;

/// <summary>The <c>data</c> of a <c>revokeIssue</c> answer.</summary>
internal sealed class RevokeIssueDataWire
{
    public string? BadgeMetaId { get; set; }

    public List<IssuedBadgeWire>? RevokedIssuedBadges { get; set; }

    public string? RequestId { get; set; }
}
