namespace BadgeSdk.Loyalty;

/// <summary>Which modules may use a badge (<c>ownership</c>). At least one owner is required (Capillary error 728).</summary>
public sealed class BadgeOwnership
{
    /// <summary>Gets the modules allowed to claim the badge (<c>restrictedToOwners</c>).</summary>
    public IList<OwnerType> RestrictedToOwners { get; } = [];

    /// <summary>Gets the claims on the badge (<c>claims</c>).</summary>
    public IList<BadgeClaim> Claims { get; } = [];
}
