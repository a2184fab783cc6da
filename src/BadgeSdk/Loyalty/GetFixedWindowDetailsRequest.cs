namespace BadgeSdk.Loyalty;

/// <summary>
/// Which fixed-window cycles of a badge to read (Capillary <c>GET badgeMeta/getFixedWindowDetails</c>).
/// Every filter left unset is not sent.
/// </summary>
public sealed class GetFixedWindowDetailsRequest
{
    /// <summary>Initializes a request for one badge.</summary>
    /// <param name="badgeId">The badge (<c>badgeMetaId</c>, required).</param>
    public GetFixedWindowDetailsRequest(string badgeId)
    {
        BadgeId = badgeId;
    }

    /// <summary>Gets the badge.</summary>
    public string BadgeId { get; }

    /// <summary>Gets or sets the constraint whose cycles to list (<c>constraintType</c>; an example uses <c>ALL</c>).</summary>
    public ConstraintType? ConstraintType { get; set; }

    /// <summary>Gets or sets the customer whose earn counts to include (<c>customerId</c>).</summary>
    public long? CustomerId { get; set; }

    /// <summary>Gets or sets one cycle's reference id (<c>fixedWindowCycleReferenceId</c>).</summary>
    public string? FixedWindowCycleReferenceId { get; set; }

    /// <summary>Gets or sets whether each cycle carries its earn count (<c>includeEarnCount</c>).</summary>
    public bool? IncludeEarnCount { get; set; }

    /// <summary>
    /// Gets or sets the earliest cycle start (<c>startDate</c>). Capillary documents the parameter
    /// as a string without a format; it is sent in <see cref="LoyaltyClientOptions.FixedWindowDateFormat"/>.
    /// </summary>
    public DateTimeOffset? StartDate { get; set; }

    /// <summary>Gets or sets the latest cycle end (<c>endDate</c>), formatted like <see cref="StartDate"/>.</summary>
    public DateTimeOffset? EndDate { get; set; }

    /// <summary>Gets or sets the page, from 0 (<c>page</c>).</summary>
    public int? Page { get; set; }

    /// <summary>Gets or sets the page size (<c>size</c>).</summary>
    public int? PageSize { get; set; }
}
