namespace BadgeSdk.Loyalty;

/// <summary>
/// Enrolments to revoke (Capillary <c>revokeIssue</c>): whole customers
/// (<see cref="CustomerIds"/>, every active issue of the badge) or single issues
/// (<see cref="Issuals"/>); at least one of them (Capillary answers 1051 otherwise).
/// </summary>
public sealed class RevokeEnrolmentRequest
{
    /// <summary>Initializes a request.</summary>
    /// <param name="badgeId">The badge definition's id (<c>badgeMetaId</c>).</param>
    public RevokeEnrolmentRequest(string badgeId) => BadgeId = badgeId;

    /// <summary>Gets the badge definition's id.</summary>
    public string BadgeId { get; }

    /// <summary>Gets the customers whose enrolment is revoked (<c>customers</c>).</summary>
    public IList<long> CustomerIds { get; } = [];

    /// <summary>Gets single issues to revoke (<c>revokeIssuals</c>).</summary>
    public IList<EnrolmentIssual> Issuals { get; } = [];
}
