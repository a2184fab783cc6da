using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty;

/// <summary>The module that owns (may claim and issue) a Capillary badge. Capillary spells these in different casings across pages; comparison ignores case.</summary>
/// <remarks>An extensible enum: values the SDK does not know yet read, compare and round-trip unchanged.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<OwnerType>))]
public readonly struct OwnerType : IExtensibleEnum<OwnerType>
{
    private readonly string? _value;

    /// <summary>Initializes a value; any string is accepted so that new server values still work.</summary>
    /// <param name="value">The wire value.</param>
    public OwnerType(string value) => _value = ExtensibleEnum.Require(value, nameof(OwnerType));

    /// <summary>Gets <c>Loyalty</c>: The loyalty programme.</summary>
    public static OwnerType Loyalty { get; } = new("Loyalty");

    /// <summary>Gets <c>Loyalty_Promotion</c>: Loyalty promotions.</summary>
    public static OwnerType LoyaltyPromotion { get; } = new("Loyalty_Promotion");

    /// <summary>Gets <c>Referral_Campaigns</c>: Referral campaigns.</summary>
    public static OwnerType ReferralCampaigns { get; } = new("Referral_Campaigns");

    /// <summary>Gets <c>Journeys</c>: Journeys.</summary>
    public static OwnerType Journeys { get; } = new("Journeys");

    /// <summary>Gets <c>Audience_Campaigns</c>: Audience campaigns.</summary>
    public static OwnerType AudienceCampaigns { get; } = new("Audience_Campaigns");

    /// <summary>Gets <c>Rewards_Catalog</c>: The rewards catalogue.</summary>
    public static OwnerType RewardsCatalog { get; } = new("Rewards_Catalog");

    /// <summary>Gets <c>Goodwill_Module</c>: The goodwill module.</summary>
    public static OwnerType GoodwillModule { get; } = new("Goodwill_Module");

    /// <summary>Gets <c>Milestones</c>: Milestones.</summary>
    public static OwnerType Milestones { get; } = new("Milestones");

    /// <summary>Gets <c>Historical_Import</c>: Historical imports (badges created with the migration header).</summary>
    public static OwnerType HistoricalImport { get; } = new("Historical_Import");

    /// <inheritdoc/>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc/>
    public static OwnerType FromValue(string value) => new(value);

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator OwnerType(string value) => new(value);

    /// <summary>Compares case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(OwnerType left, OwnerType right) => left.Equals(right);

    /// <summary>Compares case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(OwnerType left, OwnerType right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(OwnerType other) => ExtensibleEnum.Equals(_value, other._value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is OwnerType other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ExtensibleEnum.GetHashCode(_value);

    /// <inheritdoc/>
    public override string ToString() => Value;
}
