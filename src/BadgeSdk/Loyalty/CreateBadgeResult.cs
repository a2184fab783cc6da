namespace BadgeSdk.Loyalty;

/// <summary>The answer to <see cref="LoyaltyClient.CreateBadgeAsync"/>: the badge as Capillary stored it.</summary>
/// <param name="Badge">The stored badge definition.</param>
public sealed record CreateBadgeResult(BadgeDefinition Badge)
{
    /// <summary>Gets the warnings Capillary sent beside the badge (<c>warnings[]</c>); empty when none.</summary>
    public IReadOnlyList<BadgeError> Warnings { get; init; } = [];

    /// <summary>
    /// Gets a value indicating whether an earlier attempt of this create was lost after it may have
    /// reached Capillary (a timeout, a reset, a 500/502/504) before this one succeeded. Names are
    /// unique, so a second badge cannot have been made; but if you reconcile by other means, this
    /// says the answer you got is not from the first attempt.
    /// </summary>
    public bool EarlierAttemptMayHaveBeenProcessed { get; init; }

    /// <summary>
    /// Gets a value indicating whether the badge was not created by a successful answer but found
    /// afterwards: an attempt failed in a way that may have reached Capillary (a timeout, a reset, a
    /// 500/502/504) or a resend was refused as a duplicate name (725), and the lookup by name found
    /// the badge, so an earlier attempt created it. <see cref="Badge"/> is the stored badge as the
    /// lookup read it, and <see cref="Warnings"/> is empty. Names are unique, so it is the only badge
    /// with this name; if others in your organisation create badges with the same names, compare
    /// its fields before relying on it being yours.
    /// </summary>
    public bool Recovered { get; init; }
}
