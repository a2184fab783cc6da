namespace BadgeSdk.Loyalty;

/// <summary>One customer's outcome in <see cref="RevokeEnrolmentResult"/>.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="IssuedId">The revoked issue's id; <see langword="null"/> when nothing was revoked.</param>
/// <param name="Error">Why the enrolment was not revoked (for example 404, the customer has no issue); <see langword="null"/> when it was.</param>
public sealed record RevokedEnrolment(long CustomerId, string? IssuedId, BadgeError? Error)
{
    /// <summary>Gets a value indicating whether the enrolment was revoked.</summary>
    public bool Revoked => Error is null;
}
