namespace BadgeSdk.Loyalty;

/// <summary>An earned badge to revoke (Capillary <c>customer/revokeEarn</c>, body <c>{badgeMetaId, customerId, earnedBadgeId}</c>).</summary>
public sealed class RevokeEarnRequest
{
    /// <summary>Initializes a request.</summary>
    /// <param name="badgeId">The badge definition's id (<c>badgeMetaId</c>).</param>
    /// <param name="customer">The customer: a Capillary id (sent as a number), or another identifier (sent as text with <c>X-CAP-CUSTOMER-IDENTIFIER</c>).</param>
    /// <param name="earnedBadgeId">The earned badge's id (<c>earnedBadgeId</c> from the earn).</param>
    public RevokeEarnRequest(string badgeId, CustomerKey customer, string earnedBadgeId)
    {
        BadgeId = badgeId;
        Customer = customer;
        EarnedBadgeId = earnedBadgeId;
    }

    /// <summary>Gets the badge definition's id.</summary>
    public string BadgeId { get; }

    /// <summary>Gets the customer.</summary>
    public CustomerKey Customer { get; }

    /// <summary>Gets the earned badge's id.</summary>
    public string EarnedBadgeId { get; }
}
