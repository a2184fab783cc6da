namespace BadgeSdk.Loyalty;

/// <summary>A badge one customer earned (Capillary <c>customer/earn</c>).</summary>
public sealed class EarnBadgeRequest
{
    /// <summary>Initializes a request.</summary>
    /// <param name="badgeId">The badge definition's id (<c>badgeMetaId</c>).</param>
    /// <param name="customerId">The customer's Capillary id: positive.</param>
    /// <param name="triggeredBy">The module that awards it, with the <c>referenceId</c> it claimed the badge under (Capillary requires both, and the same reference id as the claim).</param>
    public EarnBadgeRequest(string badgeId, long customerId, BadgeTrigger triggeredBy)
    {
        BadgeId = badgeId;
        CustomerId = customerId;
        TriggeredBy = triggeredBy;
    }

    /// <summary>Gets the badge definition's id.</summary>
    public string BadgeId { get; }

    /// <summary>Gets the customer.</summary>
    public long CustomerId { get; }

    /// <summary>Gets what awards the badge.</summary>
    public BadgeTrigger TriggeredBy { get; }

    /// <summary>
    /// Gets or sets the request id Capillary deduplicates on (809 for a repeat). Capillary requires
    /// one; generated when unset. Every attempt of one call sends the same id; reuse yours to make a
    /// rerun safe.
    /// </summary>
    public string? RequestId { get; set; }

    /// <summary>
    /// Gets or sets when the event that earned the badge happened (<c>earnEventDate</c>, sent as
    /// ISO-8601 UTC). It may be in the past (old transactions) and at most 24 hours ahead, as
    /// Capillary documents (checked before sending). Capillary uses the time of the call when unset.
    /// </summary>
    public DateTimeOffset? EventDate { get; set; }
}
