namespace BadgeSdk.Testing;

/// <summary>A badge a customer earned in the emulated Capillary API.</summary>
/// <param name="BadgeId">The badge.</param>
/// <param name="CustomerId">The customer.</param>
/// <param name="EarnedBadgeId">The earned badge's id.</param>
/// <param name="RequestId">The request that earned it (generated for imports).</param>
/// <param name="EarnedOn">When the earning event happened.</param>
public sealed record EmulatedEarn(string BadgeId, long CustomerId, string EarnedBadgeId, string RequestId, DateTimeOffset EarnedOn)
{
    /// <summary>Gets a value indicating whether the earn was revoked.</summary>
    public bool Revoked { get; init; }
}
