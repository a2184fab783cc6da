namespace BadgeSdk.Loyalty;

/// <summary>One cycle of a fixed-window constraint.</summary>
public sealed record FixedWindowCycle
{
    /// <summary>Gets the constraint's reference id (<c>fixedWindowCycleReferenceId</c>).</summary>
    public string? ReferenceId { get; init; }

    /// <summary>Gets the constraint the cycle belongs to.</summary>
    public ConstraintType? ConstraintType { get; init; }

    /// <summary>Gets when the cycle starts.</summary>
    public DateTimeOffset? StartDate { get; init; }

    /// <summary>Gets when the cycle ends.</summary>
    public DateTimeOffset? EndDate { get; init; }

    /// <summary>Gets how many times the badge was earned in the cycle, when asked for (<c>includeEarnCount</c>).</summary>
    public long? EarnCount { get; init; }
}
