namespace BadgeSdk.Loyalty;

/// <summary>A module's claim on a badge (<c>ownership.claims[]</c>).</summary>
/// <param name="OwnerType">The claiming module.</param>
/// <param name="ReferenceId">The module's own id for the claim.</param>
public sealed record BadgeClaim(OwnerType OwnerType, string? ReferenceId)
{
    /// <summary>Gets the badge the claim is on (responses only).</summary>
    public string? BadgeMetaId { get; init; }

    /// <summary>Gets whether the claim is in force (responses only; an unclaimed badge's claim reads <see langword="false"/>).</summary>
    public bool? IsActive { get; init; }
}
