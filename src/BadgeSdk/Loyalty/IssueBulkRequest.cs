namespace BadgeSdk.Loyalty;

/// <summary>Customers to enrol in a badge (Capillary <c>issueBulk</c>).</summary>
public sealed class IssueBulkRequest
{
    /// <summary>Initializes a request.</summary>
    /// <param name="badgeId">The badge definition's id (<c>badgeMetaId</c>).</param>
    /// <param name="customerIds">The customers' Capillary ids: positive, each at most once. Long lists are split into chunks.</param>
    public IssueBulkRequest(string badgeId, IEnumerable<long> customerIds)
    {
        BadgeId = badgeId;
        CustomerIds = customerIds?.ToList() ?? throw new ArgumentNullException(nameof(customerIds));
    }

    /// <summary>Gets the badge definition's id.</summary>
    public string BadgeId { get; }

    /// <summary>Gets the customers.</summary>
    public IReadOnlyList<long> CustomerIds { get; }

    /// <summary>
    /// Gets or sets the request id Capillary deduplicates on (809 for a repeat). Generated when
    /// unset. Each chunk of a split list gets <c>{RequestId}-{n}</c> (n from 1), so the same
    /// request id on a rerun gives the same chunk ids and nothing is enrolled twice.
    /// </summary>
    public string? RequestId { get; set; }

    /// <summary>Gets or sets when the customers were enrolled; must fall within the badge's dates (816). Sent as <c>issueEventDateISO</c> in UTC.</summary>
    public DateTimeOffset? EventDate { get; set; }

    /// <summary>Gets or sets what triggered the enrolment.</summary>
    public BadgeTrigger? TriggeredBy { get; set; }
}
