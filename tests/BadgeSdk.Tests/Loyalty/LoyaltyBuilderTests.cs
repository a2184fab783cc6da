using BadgeSdk.Loyalty;

namespace BadgeSdk.Tests.Loyalty;

/// <summary>The factories that build constraints, benefits and expiries: what they set, and their limits.</summary>
public sealed class LoyaltyBuilderTests
{
    [Fact]
    public void A_fixed_window_keeps_every_setting()
    {
        var customer = CustomerConstraint.FixedWindow(DurationType.Weeks, 0, refreshRate: 2, startDayOfTheWeek: DayOfWeek.Friday);
        var badge = BadgeConstraint.FixedWindow(DurationType.Days, 3, refreshRate: 1);

        Assert.Equal((ConstraintType.CustomerFixedWindow, (DurationType?)DurationType.Weeks, (int?)0, (int?)2, (DayOfWeek?)DayOfWeek.Friday), (customer.ConstraintType, customer.DurationType, customer.MaxEarnLimit, customer.RefreshRate, customer.StartDayOfTheWeek));
        Assert.Equal((ConstraintType.BadgeFixedWindow, (DurationType?)DurationType.Days, (int?)3, (int?)1), (badge.ConstraintType, badge.DurationType, badge.MaxEarnLimit, badge.RefreshRate));
        Assert.Equal(ConstraintType.CustomerFixedWindow, CustomerConstraint.FixedWindow(DurationType.Monthly, 1).ConstraintType);
    }

    [Fact]
    public void A_fixed_window_needs_a_duration_a_limit_of_at_least_zero_and_a_positive_refresh_rate_when_daily()
    {
        Assert.Equal("durationType", Assert.Throws<BadgeValidationException>(() => CustomerConstraint.FixedWindow(default(DurationType), 1)).Field);
        Assert.Equal("maxEarnLimit: must be at least 0; it is -1.", Assert.Throws<BadgeValidationException>(() => BadgeConstraint.FixedWindow(DurationType.Monthly, -1)).Message);
        Assert.Equal("refreshRate", Assert.Throws<BadgeValidationException>(() => CustomerConstraint.FixedWindow(DurationType.Daily, 1, refreshRate: 0)).Field);
        Assert.Equal("startDayOfTheWeek", Assert.Throws<BadgeValidationException>(() => BadgeConstraint.FixedWindow(DurationType.Weeks, 1)).Field);
        Assert.Null(CustomerConstraint.FixedWindow(DurationType.Monthly, 1).RefreshRate);
    }

    [Fact]
    public void A_fixed_value_keeps_its_limit_from_zero()
    {
        Assert.Equal((ConstraintType.CustomerFixedValue, (int?)0), (CustomerConstraint.FixedValue(0).ConstraintType, CustomerConstraint.FixedValue(0).MaxEarnLimit));
        Assert.Equal((ConstraintType.BadgeFixedValue, (int?)5), (BadgeConstraint.FixedValue(5).ConstraintType, BadgeConstraint.FixedValue(5).MaxEarnLimit));
        Assert.Equal("maxEarnLimit", Assert.Throws<BadgeValidationException>(() => CustomerConstraint.FixedValue(-1)).Field);
        Assert.Equal("maxEarnLimit", Assert.Throws<BadgeValidationException>(() => BadgeConstraint.FixedValue(-1)).Field);
    }

    [Fact]
    public void A_customer_rolling_window_keeps_every_pair()
    {
        var window = CustomerConstraint.RollingWindow(maxEarnForDays: 0, rollForDays: 1, maxEarnForWeeks: 2, rollForWeeks: 3, maxEarnForMonths: 4, rollForMonths: 5);

        Assert.Equal(ConstraintType.CustomerRollingWindow, window.ConstraintType);
        Assert.Equal([0, 1, 2, 3, 4, 5], new[] { window.MaxEarnForDays, window.RollForDays, window.MaxEarnForWeeks, window.RollForWeeks, window.MaxEarnForMonths, window.RollForMonths });
        Assert.Equal(2, CustomerConstraint.RollingWindow(maxEarnForMonths: 2, rollForMonths: 1).MaxEarnForMonths);
    }

    [Theory]
    [InlineData(1, null, null, null, "maxEarnForDays", "maxEarnForDays and rollForDays go together: give both or neither.")]
    [InlineData(null, null, null, 1, "maxEarnForWeeks", "maxEarnForWeeks and rollForWeeks go together: give both or neither.")]
    [InlineData(1, 0, null, null, "rollForDays", "rollForDays must be at least 1 and maxEarnForDays at least 0.")]
    [InlineData(-1, 1, null, null, "rollForDays", "rollForDays must be at least 1 and maxEarnForDays at least 0.")]
    [InlineData(null, null, null, null, "maxEarnForDays", "a rolling window needs at least one limit with its period (for example maxEarnForDays with rollForDays).")]
    public void A_customer_rolling_window_refuses_a_limit_without_its_period(int? maxDays, int? rollDays, int? maxWeeks, int? rollWeeks, string field, string problem)
    {
        var error = Assert.Throws<BadgeValidationException>(() => CustomerConstraint.RollingWindow(maxDays, rollDays, maxWeeks, rollWeeks));

        Assert.Equal(field, error.Field);
        Assert.Equal($"{field}: {problem}", error.Message);
    }

    [Fact]
    public void A_badge_rolling_window_keeps_its_settings_at_their_limits()
    {
        var window = BadgeConstraint.RollingWindow(PeriodUnit.Weeks, 1, 0);

        Assert.Equal((ConstraintType.BadgeRollingWindow, (PeriodUnit?)PeriodUnit.Weeks, (int?)1, (int?)0), (window.ConstraintType, window.RollType, window.RollValue, window.MaxEarnLimit));
        Assert.Equal("rollType", Assert.Throws<BadgeValidationException>(() => BadgeConstraint.RollingWindow(default, 1, 0)).Field);
        Assert.Equal("maxEarnLimit", Assert.Throws<BadgeValidationException>(() => BadgeConstraint.RollingWindow(PeriodUnit.Days, 1, -1)).Field);
    }

    [Fact]
    public void No_limit_constraints_have_only_their_type()
    {
        Assert.Equal(ConstraintType.CustomerNoLimit, CustomerConstraint.NoLimit().ConstraintType);
        Assert.Equal(ConstraintType.BadgeNoLimit, BadgeConstraint.NoLimit().ConstraintType);
        Assert.Null(BadgeConstraint.NoLimit().MaxEarnLimit);
    }

    [Fact]
    public void Benefits_keep_what_they_were_given()
    {
        var points = BadgeBenefit.LoyaltyPoints(10, 20, 30, 40, 50);

        Assert.Equal((BenefitType.LoyaltyPoints, (long?)10, (long?)20, (long?)30, (long?)40, (long?)50), (points.BenefitType, points.Points, points.ProgramId, points.PromotionId, points.AllocationStrategyId, points.ExpirationStrategyId));
        Assert.Equal((BenefitType.Coupon, (long?)7), (BadgeBenefit.Coupon(7).BenefitType, BadgeBenefit.Coupon(7).SeriesId));
        Assert.Equal(BenefitType.CartPromotion, BadgeBenefit.CartPromotion().BenefitType);
        Assert.Equal(BenefitType.GiftVoucher, BadgeBenefit.GiftVoucher().BenefitType);
    }

    [Fact]
    public void Expiries_keep_what_they_were_given()
    {
        var at = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var withMeta = BadgeExpiry.WithBadgeMeta();
        var fixedDate = BadgeExpiry.FixedDate(at);
        var relative = BadgeExpiry.Relative(PeriodUnit.Months, 1);
        var never = BadgeExpiry.Never();

        Assert.Equal((ExpiryType.Absolute, (ExpiryMethod?)ExpiryMethod.WithBadgeMeta, (bool?)true), (withMeta.ExpiryType, withMeta.Method, withMeta.ExpireWithBadgeMeta));
        Assert.Equal((ExpiryType.Absolute, (ExpiryMethod?)ExpiryMethod.FixedDate, (DateTimeOffset?)at), (fixedDate.ExpiryType, fixedDate.Method, fixedDate.ExpiresOn));
        Assert.Equal((ExpiryType.Relative, (PeriodUnit?)PeriodUnit.Months, (int?)1, (ExpiryMethod?)null), (relative.ExpiryType, relative.RelativeUnit, relative.Value, relative.Method));
        // The create page's table marks type and expireWithBadgeMeta required for every expiry kind.
        Assert.Equal((ExpiryType.Never, (ExpiryMethod?)ExpiryMethod.WithBadgeMeta, (bool?)false, (int?)null), (never.ExpiryType, never.Method, never.ExpireWithBadgeMeta, never.Value));
        Assert.Equal("value: must be at least 1; it is 0.", Assert.Throws<BadgeValidationException>(() => BadgeExpiry.Relative(PeriodUnit.Days, 0)).Message);
        Assert.Equal("unit", Assert.Throws<BadgeValidationException>(() => BadgeExpiry.Relative(default, 1)).Field);
    }
}
