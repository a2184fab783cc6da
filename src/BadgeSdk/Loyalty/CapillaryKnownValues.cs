using BadgeSdk.Loyalty.Wire;

namespace BadgeSdk.Loyalty;

/// <summary>The enum values the SDK knows, per response member, for contract drift (see <see cref="CapillaryDialect"/>).</summary>
internal static class CapillaryKnownValues
{
    private static readonly IReadOnlySet<string> EarnTypes = Set(EarnType.Earn.Value, EarnType.IssueEarn.Value);
    private static readonly IReadOnlySet<string> Statuses = Set(BadgeStatus.Live.Value, BadgeStatus.Upcoming.Value, BadgeStatus.Ended.Value, BadgeStatus.Expired.Value, BadgeStatus.Active.Value);
    private static readonly IReadOnlySet<string> ConstraintTypes = Set(
        ConstraintType.CustomerFixedWindow.Value, ConstraintType.CustomerFixedValue.Value, ConstraintType.CustomerRollingWindow.Value, ConstraintType.CustomerNoLimit.Value,
        ConstraintType.BadgeFixedWindow.Value, ConstraintType.BadgeFixedValue.Value, ConstraintType.BadgeRollingWindow.Value, ConstraintType.BadgeNoLimit.Value);
    private static readonly IReadOnlySet<string> DurationTypes = Set(DurationType.Daily.Value, DurationType.Weekly.Value, DurationType.Monthly.Value, DurationType.Days.Value, DurationType.Weeks.Value, DurationType.Months.Value);
    private static readonly IReadOnlySet<string> PeriodUnits = Set(PeriodUnit.Days.Value, PeriodUnit.Weeks.Value, PeriodUnit.Months.Value);
    private static readonly IReadOnlySet<string> ExpiryTypes = Set(ExpiryType.Relative.Value, ExpiryType.Absolute.Value, ExpiryType.Never.Value);
    private static readonly IReadOnlySet<string> ExpiryMethods = Set(ExpiryMethod.WithBadgeMeta.Value, ExpiryMethod.FixedDate.Value);
    private static readonly IReadOnlySet<string> BenefitTypes = Set(BenefitType.Coupon.Value, BenefitType.LoyaltyPoints.Value, BenefitType.CartPromotion.Value, BenefitType.GiftVoucher.Value);
    private static readonly IReadOnlySet<string> ImageTags = Set(ImageTag.Earned.Value, ImageTag.Unearned.Value);
    private static readonly IReadOnlySet<string> OwnerTypes = Set(
        OwnerType.Loyalty.Value, OwnerType.LoyaltyPromotion.Value, OwnerType.ReferralCampaigns.Value, OwnerType.Journeys.Value, OwnerType.AudienceCampaigns.Value,
        OwnerType.RewardsCatalog.Value, OwnerType.GoodwillModule.Value, OwnerType.Milestones.Value, OwnerType.HistoricalImport.Value);

    // Day names, and the numbers 0-7 the examples use (read through LoyaltyClientOptions.StartDayOfTheWeekNumberOne).
    private static readonly IReadOnlySet<string> Days = Set([.. Enum.GetNames<DayOfWeek>().Select(d => d.ToUpperInvariant()), "0", "1", "2", "3", "4", "5", "6", "7"]);

    public static IReadOnlySet<string>? For(Type declaringType, string jsonName) => (declaringType.Name, jsonName) switch
    {
        (nameof(BadgeMetaWire), "earnType") => EarnTypes,
        (nameof(BadgeMetaWire), "status") => Statuses,
        (nameof(ConstraintWire), "constraintType") => ConstraintTypes,
        (nameof(ConstraintWire), "durationType") => DurationTypes,
        (nameof(ConstraintWire), "rollType") => PeriodUnits,
        (nameof(ConstraintWire), "cycleStatus") => Statuses,
        (nameof(ConstraintWire), "startDayOfTheWeek") => Days,
        (nameof(ExpiryWire), "expiryType") => ExpiryTypes,
        (nameof(ExpiryWire), "type") => ExpiryMethods,
        (nameof(ExpiryWire), "relativeExpirytype") => PeriodUnits,
        (nameof(BenefitWire), "benefitType") => BenefitTypes,
        (nameof(ImageLinkWire), "tag") => ImageTags,
        (nameof(IssuedBadgeWire), "status") => Statuses,
        (nameof(TriggerWire), "ownerType") => OwnerTypes,
        (nameof(ClaimWire), "ownerType") => OwnerTypes,
        (nameof(OwnershipWire), "restrictedToOwners") => OwnerTypes,
        _ => null,
    };

    private static HashSet<string> Set(params string[] values) => new(values, StringComparer.OrdinalIgnoreCase);
}
