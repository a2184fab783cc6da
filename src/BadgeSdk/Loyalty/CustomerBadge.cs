namespace BadgeSdk.Loyalty;

/// <summary>One badge of a customer: the definition with the customer's earn counts.</summary>
public sealed record CustomerBadge
{
    /// <summary>Gets the badge definition (its <see cref="BadgeDefinition.Id"/> is <c>badgeMetaId</c>).</summary>
    public required BadgeDefinition Badge { get; init; }

    /// <summary>Gets how many times the customer earned it (<c>earnedCount</c>).</summary>
    public long? EarnedCount { get; init; }

    /// <summary>Gets when the customer last earned it (<c>lastEarnedOnDate</c>).</summary>
    public DateTimeOffset? LastEarnedOn { get; init; }

    /// <summary>Gets when the event that last earned it happened (<c>lastEarnEventDate</c>).</summary>
    public DateTimeOffset? LastEarnEventDate { get; init; }
}
