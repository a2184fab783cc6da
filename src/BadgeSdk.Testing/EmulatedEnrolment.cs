namespace BadgeSdk.Testing;

/// <summary>A customer enrolled in a badge by the emulated Capillary API.</summary>
/// <param name="BadgeId">The badge.</param>
/// <param name="CustomerId">The customer.</param>
/// <param name="IssuedId">The issued badge's id.</param>
/// <param name="RequestId">The request that enrolled the customer.</param>
public sealed record EmulatedEnrolment(string BadgeId, long CustomerId, string IssuedId, string RequestId);
