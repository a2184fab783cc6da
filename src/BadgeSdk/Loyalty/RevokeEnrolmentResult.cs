namespace BadgeSdk.Loyalty;

/// <summary>The outcome of <see cref="LoyaltyClient.RevokeEnrolmentAsync"/>: one entry per customer Capillary answered for.</summary>
/// <remarks>An empty top-level <c>errors</c> does not mean every enrolment was revoked: check <see cref="Failed"/>.</remarks>
public sealed record RevokeEnrolmentResult : BadgeResult
{
    /// <summary>Gets the badge definition's id.</summary>
    public required string BadgeId { get; init; }

    /// <summary>Gets each customer's outcome (<c>revokedIssuedBadges[]</c>).</summary>
    public required IReadOnlyList<RevokedEnrolment> Customers { get; init; }

    /// <summary>
    /// Gets a value indicating whether an earlier attempt of this call was lost after it may have
    /// reached Capillary. Then a customer failing with 404 ("doesn't have issue instance") was most
    /// probably revoked by that attempt.
    /// </summary>
    public bool EarlierAttemptMayHaveBeenProcessed { get; init; }

    /// <summary>Gets the warnings Capillary sent.</summary>
    public IReadOnlyList<BadgeError> Warnings { get; init; } = [];

    /// <summary>Gets the customers whose enrolment was not revoked, with the reason.</summary>
    public IEnumerable<RevokedEnrolment> Failed => Customers.Where(c => c.Error is not null);
}
