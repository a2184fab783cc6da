namespace BadgeSdk.Loyalty;

/// <summary>The outcome of <see cref="LoyaltyClient.EarnBulkAsync"/>: one entry per customer, whatever happened to it.</summary>
/// <remarks>An empty top-level <c>errors</c> does not mean every customer earned the badge: check each entry.</remarks>
public sealed record EarnBulkResult : BadgeResult
{
    /// <summary>Gets the badge definition's id.</summary>
    public required string BadgeId { get; init; }

    /// <summary>Gets the request id (chunks carry it with a hash suffix when the list was split).</summary>
    public required string RequestId { get; init; }

    /// <summary>Gets when the earned badges expire, when Capillary said.</summary>
    public DateTimeOffset? ExpiresOn { get; init; }

    /// <summary>Gets every customer's outcome, in request order.</summary>
    public required IReadOnlyList<CustomerEarn> Customers { get; init; }

    /// <summary>Gets the warnings Capillary sent.</summary>
    public IReadOnlyList<BadgeError> Warnings { get; init; } = [];

    /// <summary>Gets the customers who earned the badge.</summary>
    public IEnumerable<CustomerEarn> Earned => Customers.Where(c => c.Outcome == EarnOutcome.Earned);

    /// <summary>Gets the customers who did not, with their reasons.</summary>
    public IEnumerable<CustomerEarn> Failed => Customers.Where(c => c.Outcome == EarnOutcome.Failed);

    /// <summary>Gets the customers whose outcome is unknown or who were not sent.</summary>
    public IEnumerable<CustomerEarn> Unresolved => Customers.Where(c => c.Outcome is EarnOutcome.Unknown or EarnOutcome.NotSent);

    /// <summary>Gets a value indicating whether every customer earned the badge.</summary>
    public bool AllEarned => Customers.All(c => c.Outcome == EarnOutcome.Earned);
}
