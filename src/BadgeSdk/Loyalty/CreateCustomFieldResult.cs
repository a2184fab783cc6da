namespace BadgeSdk.Loyalty;

/// <summary>The answer to <see cref="LoyaltyClient.CreateCustomFieldAsync"/>: the field as Capillary stored it.</summary>
/// <param name="Field">The stored field.</param>
public sealed record CreateCustomFieldResult(BadgeCustomField Field) : BadgeResult
{
    /// <summary>Gets the warnings Capillary sent beside the field (<c>warnings[]</c>); empty when none.</summary>
    public IReadOnlyList<BadgeError> Warnings { get; init; } = [];
}
