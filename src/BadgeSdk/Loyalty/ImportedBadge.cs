namespace BadgeSdk.Loyalty;

/// <summary>One element's outcome in <see cref="ImportEarnedBadgesResult"/> (an envelope of the answer array).</summary>
public sealed record ImportedBadge
{
    /// <summary>Gets the element's position in Capillary's answer, from 0.</summary>
    public required int Index { get; init; }

    /// <summary>Gets the badge definition's id.</summary>
    public string? BadgeId { get; init; }

    /// <summary>Gets the customer.</summary>
    public long? CustomerId { get; init; }

    /// <summary>Gets the earned badge's id.</summary>
    public string? EarnedBadgeId { get; init; }

    /// <summary>Gets when the earned badge expires.</summary>
    public DateTimeOffset? ExpiresOn { get; init; }

    /// <summary>Gets the request id Capillary gave the element.</summary>
    public string? RequestId { get; init; }

    /// <summary>Gets the issue involved, when any.</summary>
    public string? IssuedId { get; init; }

    /// <summary>Gets the element's errors; empty when it was imported.</summary>
    public IReadOnlyList<BadgeError> Errors { get; init; } = [];
}
