namespace BadgeSdk.Loyalty;

/// <summary>One page of the badge custom field list (<c>data.customFieldROList</c> and <c>data.pagination</c>).</summary>
public sealed record ListCustomFieldsResult : CapillaryPage
{
    /// <summary>Gets the fields on this page.</summary>
    public IReadOnlyList<BadgeCustomField> Fields { get; init; } = [];
}
