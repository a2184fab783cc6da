namespace BadgeSdk.Loyalty.Wire;

/// <summary>The <c>revokeIssue</c> request body: <c>customers</c> or <c>revokeIssuals</c>.</summary>
internal sealed class RevokeIssueWire
{
    public required string BadgeMetaId { get; init; }

    public List<long>? Customers { get; init; }

    public List<RevokeIssualWire>? RevokeIssuals { get; init; }
}
