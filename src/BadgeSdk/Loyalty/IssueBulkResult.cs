namespace BadgeSdk.Loyalty;

/// <summary>The outcome of <see cref="LoyaltyClient.IssueBulkAsync"/>: one entry per customer, whatever happened to it.</summary>
/// <remarks>An empty top-level <c>errors</c> does not mean every customer was enrolled: check each entry.</remarks>
public sealed record IssueBulkResult : BadgeResult
{
    /// <summary>Gets the badge definition's id as Capillary echoed it (<c>data.badgeMetaId</c>), or the request's when no answer carried one.</summary>
    public required string BadgeId { get; init; }

    /// <summary>
    /// Gets the request id as Capillary echoed it (<c>data.requestId</c>) when the list went in one
    /// request; when it was split, the caller's id (each chunk carries <c>{RequestId}-{hash}</c>, see
    /// <see cref="CustomerEnrolment.RequestId"/>). Falls back to the id sent when no answer carried one.
    /// </summary>
    public required string RequestId { get; init; }

    /// <summary>Gets when the issued badges expire, when Capillary said.</summary>
    public DateTimeOffset? ExpiresOn { get; init; }

    /// <summary>Gets what triggered the enrolment, as Capillary echoed it.</summary>
    public BadgeTrigger? TriggeredBy { get; init; }

    /// <summary>Gets every customer's outcome, in request order.</summary>
    public required IReadOnlyList<CustomerEnrolment> Customers { get; init; }

    /// <summary>Gets the warnings Capillary sent.</summary>
    public IReadOnlyList<BadgeError> Warnings { get; init; } = [];

    /// <summary>Gets the customers enrolled.</summary>
    public IEnumerable<CustomerEnrolment> Enrolled => Customers.Where(c => c.Outcome == EnrolmentOutcome.Enrolled);

    /// <summary>Gets the customers not enrolled, with their reasons.</summary>
    public IEnumerable<CustomerEnrolment> Failed => Customers.Where(c => c.Outcome == EnrolmentOutcome.Failed);

    /// <summary>Gets the customers whose outcome is unknown or who were not sent.</summary>
    public IEnumerable<CustomerEnrolment> Unresolved => Customers.Where(c => c.Outcome is EnrolmentOutcome.Unknown or EnrolmentOutcome.NotSent);

    /// <summary>Gets a value indicating whether every customer was enrolled.</summary>
    public bool AllEnrolled => Customers.All(c => c.Outcome == EnrolmentOutcome.Enrolled);
}
