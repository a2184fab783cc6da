namespace BadgeSdk.Loyalty.Wire;

/// <summary>One <c>revokeIssuals[]</c> entry; the page's example writes both ids as strings.</summary>
internal sealed class RevokeIssualWire
{
    public required string CustomerId { get; init; }

    public required string IssueId { get; init; }
}
