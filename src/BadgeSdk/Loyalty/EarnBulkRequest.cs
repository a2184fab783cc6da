namespace BadgeSdk.Loyalty;

/// <summary>A badge many customers earned (Capillary <c>customer/earnBulk</c>).</summary>
public sealed class EarnBulkRequest
{
    /// <summary>Initializes a request.</summary>
    /// <param name="badgeId">The badge definition's id (<c>badgeMetaId</c>).</param>
    /// <param name="customerIds">The customers' Capillary ids: positive, each at most once. Long lists are split into chunks.</param>
    /// <param name="triggeredBy">The module that awards it, with the <c>referenceId</c> it claimed the badge under (810 when the badge is not claimed).</param>
    public EarnBulkRequest(string badgeId, IEnumerable<long> customerIds, BadgeTrigger triggeredBy)
    {
        BadgeId = badgeId;
        CustomerIds = customerIds?.ToList() ?? throw new ArgumentNullException(nameof(customerIds));
        TriggeredBy = triggeredBy;
    }

    /// <summary>Gets the badge definition's id.</summary>
    public string BadgeId { get; }

    /// <summary>Gets the customers.</summary>
    public IReadOnlyList<long> CustomerIds { get; }

    /// <summary>Gets what awards the badge.</summary>
    public BadgeTrigger TriggeredBy { get; }

    /// <summary>
    /// Gets or sets the request id Capillary deduplicates on (809 for a repeat). Generated when
    /// unset. A list split into chunks sends each chunk under this id followed by a hash of the
    /// chunk's customers, as <see cref="LoyaltyClient.IssueBulkAsync"/> does.
    /// </summary>
    public string? RequestId { get; set; }

    /// <summary>
    /// Gets or sets when the event happened; at most 24 hours ahead (checked before sending). Sent
    /// as <c>issueEventDate</c> (ISO-8601 UTC), the field the earnBulk page's own request example
    /// uses.
    /// </summary>
    public DateTimeOffset? EventDate { get; set; }
}
