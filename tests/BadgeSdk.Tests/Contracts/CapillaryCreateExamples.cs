using System.Globalization;
using BadgeSdk.Loyalty;

namespace BadgeSdk.Tests.Contracts;

/// <summary>The create-badge page's request examples, built through the public API.</summary>
internal static class CapillaryCreateExamples
{
    public static readonly DateTimeOffset DocStart = DateTimeOffset.FromUnixTimeSeconds(1716803487);
    public static readonly DateTimeOffset DocEnd = DateTimeOffset.FromUnixTimeSeconds(1726804000);

    public static CreateBadgeRequest Example1() => new("BADGE12", DocStart, DocEnd)
    {
        Description = "Purchase 5 pet products in 3 months and get a pet grooming voucher",
        BadgeRank = 1,
        EarnedBadgeExpiry = BadgeExpiry.WithBadgeMeta(),
        Ownership = { RestrictedToOwners = { OwnerType.Loyalty, OwnerType.Milestones } },
        CustomerConstraints = { CustomerConstraint.FixedWindow(maxEarnLimit: 1, refreshRate: 3, startDayOfTheWeek: DayOfWeek.Tuesday) },
        BadgeConstraints = { BadgeConstraint.FixedWindow(maxEarnLimit: 2, refreshRate: 3, startDayOfTheWeek: DayOfWeek.Monday) },
        EarnType = EarnType.Earn,
        Benefits = { BadgeBenefit.Coupon(13686), BadgeBenefit.Coupon(1234), BadgeBenefit.Coupon(6789), BadgeBenefit.LoyaltyPoints(100, 626, 80332, 1489, 3843) },
        Tags = { new BadgeTag("Type1", "Birthday"), new BadgeTag("Priority", "1"), new BadgeTag("category", "rare") },
        Active = false,
    };

    public static CreateBadgeRequest Example2() => new("Badge Issue earn", DocStart, DocEnd)
    {
        Description = "Make 5 transactions",
        EarnType = EarnType.IssueEarn,
        BadgeRank = 3,
        EarnedBadgeExpiry = BadgeExpiry.Relative(PeriodUnit.Weeks, 2),
        IssuedBadgeExpiry = BadgeExpiry.FixedDate(DateTimeOffset.FromUnixTimeSeconds(1926235957)),
        Ownership = { RestrictedToOwners = { OwnerType.Loyalty, OwnerType.AudienceCampaigns } },
        Benefits = { BadgeBenefit.Coupon(13745) },
        Images = { new BadgeImageLink("Issued", "qwer-8634-8938", "https://firebasestorage.googleapis.com/v0/b/createbadges.appspot.com/o/images%2Fsuccess1.jpg?alt=media&token=66b2f0bc-9c55-4e33-a5e9-c6be96d94f2d", ImageTag.Earned) },
        CustomerConstraints = { CustomerConstraint.FixedWindow(maxEarnLimit: 2, refreshRate: 3, startDayOfTheWeek: DayOfWeek.Monday) },
        BadgeConstraints =
        {
            BadgeConstraint.FixedValue(10000),
            BadgeConstraint.RollingWindow(PeriodUnit.Days, 1, 300),
            BadgeConstraint.RollingWindow(PeriodUnit.Weeks, 1, 3000),
        },
    };

    public static CreateBadgeRequest Example3() => new("Badge_Earn", DocStart, DocEnd)
    {
        Description = "Purchase 5 pet products in 3 months and get a pet grooming voucher",
        Ownership = { RestrictedToOwners = { OwnerType.Loyalty, OwnerType.Milestones } },
        CustomerConstraints = { CustomerConstraint.FixedValue(100) },
        BadgeConstraints = { BadgeConstraint.FixedWindow(maxEarnLimit: 2, refreshRate: 3, startDayOfTheWeek: DayOfWeek.Monday) },
        Benefits = { BadgeBenefit.Coupon(13686), BadgeBenefit.Coupon(1234), BadgeBenefit.Coupon(6789), BadgeBenefit.LoyaltyPoints(100, 626, 80332, 1489, 3843) },
        Tags = { new BadgeTag("Type1", "Birthday"), new BadgeTag("Priority", "1"), new BadgeTag("category", "rare") },
        Active = false,
    };

    public static CreateBadgeRequest Example4() => new("Badge_Issue_earntype", DocStart, DocEnd)
    {
        Description = "Make 5 transactions in a month, get a badge and 10% off coupon",
        EarnType = EarnType.IssueEarn,
        EarnedBadgeExpiry = BadgeExpiry.Relative(PeriodUnit.Weeks, 2),
        IssuedBadgeExpiry = BadgeExpiry.FixedDate(DateTimeOffset.FromUnixTimeSeconds(1926235957)),
        Ownership = { RestrictedToOwners = { OwnerType.Loyalty, OwnerType.AudienceCampaigns } },
        Benefits = { BadgeBenefit.Coupon(13745) },
        CustomerConstraints =
        {
            CustomerConstraint.RollingWindow(maxEarnForDays: 50, rollForDays: 5, maxEarnForWeeks: 100, rollForWeeks: 1, maxEarnForMonths: 200, rollForMonths: 1),
            CustomerConstraint.FixedValue(5000),
        },
        BadgeConstraints =
        {
            BadgeConstraint.FixedValue(10000),
            BadgeConstraint.RollingWindow(PeriodUnit.Days, 1, 300),
            BadgeConstraint.RollingWindow(PeriodUnit.Weeks, 1, 3000),
        },
    };

    public static CreateBadgeRequest Example5() => new("test6578791", DateTimeOffset.FromUnixTimeSeconds(1799632870), DateTimeOffset.FromUnixTimeSeconds(1828754110))
    {
        Description = "Purchase 5 pet products in 3 months and get a pet grooming voucher",
        Ownership =
        {
            RestrictedToOwners = { OwnerType.Loyalty, OwnerType.Milestones },
            Claims = { new BadgeClaim(OwnerType.Loyalty, "626") },
        },
        CustomerConstraints =
        {
            CustomerConstraint.FixedValue(100),
            CustomerConstraint.RollingWindow(maxEarnForDays: 1, rollForDays: 1, maxEarnForWeeks: 2, rollForWeeks: 1, maxEarnForMonths: 10, rollForMonths: 1),
        },
        BadgeConstraints =
        {
            BadgeConstraint.FixedValue(1000),
            BadgeConstraint.RollingWindow(PeriodUnit.Days, 1, 100),
            BadgeConstraint.RollingWindow(PeriodUnit.Weeks, 1, 2000),
            BadgeConstraint.RollingWindow(PeriodUnit.Months, 1, 10000),
        },
        Benefits = { BadgeBenefit.Coupon(13686), BadgeBenefit.Coupon(1234), BadgeBenefit.Coupon(6789), BadgeBenefit.LoyaltyPoints(100, 626, 80332, 1489, 3843) },
        Tags = { new BadgeTag("Type1", "Birthday"), new BadgeTag("Priority", "1"), new BadgeTag("category", "rare") },
        CustomFields = { ["CF1"] = "CF1", ["CF2 INTEGER"] = "1" },
        Active = false,
    };

    /// <summary>The historical-import example: a start (and an expiry) already past, under <c>X-CAP-BADGES-MIGRATION</c>.</summary>
    public static CreateBadgeRequest Example6Historical() => new("demo testkerl2n26df132", Iso("2023-11-14T21:51:00.192Z"), Iso("2026-12-03T15:19:37.192Z"))
    {
        Description = "string",
        HistoricalImport = true,
        EarnedBadgeExpiry = BadgeExpiry.WithBadgeMeta(),
        IssuedBadgeExpiry = BadgeExpiry.WithBadgeMeta(),
        Images = { new BadgeImageLink("string", "string", "string", ImageTag.Unearned) },
        Ownership =
        {
            RestrictedToOwners = { OwnerType.Loyalty },
            Claims = { new BadgeClaim(OwnerType.Loyalty, "string") { BadgeMetaId = "string" } },
        },
        CustomerConstraints = { CustomerConstraint.NoLimit(), CustomerConstraint.NoLimit(), CustomerConstraint.NoLimit(), CustomerConstraint.NoLimit(), CustomerConstraint.NoLimit(), CustomerConstraint.NoLimit() },
        BadgeConstraints = { BadgeConstraint.NoLimit(), BadgeConstraint.NoLimit(), BadgeConstraint.NoLimit(), BadgeConstraint.NoLimit(), BadgeConstraint.NoLimit(), BadgeConstraint.NoLimit() },
        Benefits = { BadgeBenefit.Coupon(1) },
        Tags = { new BadgeTag("string", "string") },
        EarnType = EarnType.Earn,
        CustomFields = { ["CF1"] = "CF1", ["CF2 INTEGER"] = "1" },
        Active = true,
    };

    public static DateTimeOffset Iso(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
