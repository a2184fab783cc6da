using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty;

/// <summary>The module that owns (may claim and issue) a Capillary badge. Capillary spells these in different casings across pages; comparison ignores case.</summary>
/// <remarks>An extensible enum: values the SDK does not know yet read, compare and round-trip unchanged.</remarks>
[ExtensibleEnum]
[JsonConverter(typeof(ExtensibleEnumConverter<OwnerType>))]
public readonly partial struct OwnerType
{
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
}
