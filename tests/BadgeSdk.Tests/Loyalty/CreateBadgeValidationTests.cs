using BadgeSdk.Loyalty;

namespace BadgeSdk.Tests.Loyalty;

/// <summary>The client-side checks of <c>CreateBadgeAsync</c> at their exact limits (Capillary 720, 722, 724, 728).</summary>
public sealed class CreateBadgeValidationTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_valid_request_passes()
    {
        CreateBadgeValidator.Validate(Valid(), Now);
    }

    [Fact]
    public void A_start_within_the_minute_of_grace_passes_and_one_just_before_it_is_refused()
    {
        CreateBadgeValidator.Validate(Valid(start: Now - TimeSpan.FromMinutes(1)), Now);

        var error = Assert.Throws<BadgeValidationException>(() => CreateBadgeValidator.Validate(Valid(start: Now - TimeSpan.FromMinutes(1) - TimeSpan.FromTicks(1)), Now));
        Assert.Equal("StartOn", error.Field);
        Assert.Contains("is in the past; only a historical import (HistoricalImport = true) may start in the past (Capillary 722).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_start_just_before_the_end_passes()
    {
        CreateBadgeValidator.Validate(Valid(start: Now.AddDays(2), end: Now.AddDays(2).AddTicks(1)), Now);
        Assert.Equal("StartOn", Assert.Throws<BadgeValidationException>(() => CreateBadgeValidator.Validate(Valid(start: Now.AddDays(3), end: Now.AddDays(2)), Now)).Field);
    }

    [Fact]
    public void An_end_of_exactly_now_passes_and_one_before_it_is_refused_unless_imported()
    {
        // A start a tick ago is within the grace for clock skew, so only the end is at issue.
        CreateBadgeValidator.Validate(Valid(start: Now.AddTicks(-1), end: Now), Now);
        CreateBadgeValidator.Validate(Valid(start: Now.AddDays(-10), end: Now.AddTicks(-1), historical: true), Now);

        var error = Assert.Throws<BadgeValidationException>(() => CreateBadgeValidator.Validate(Valid(start: Now.AddTicks(-2), end: Now.AddTicks(-1)), Now));
        Assert.Equal("ExpiresOn", error.Field);
        Assert.EndsWith("is in the past (Capillary 724).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_earned_badge_expiry_is_required_and_checked()
    {
        var missing = Valid();
        missing.EarnedBadgeExpiry = null!;
        var past = Valid();
        past.EarnedBadgeExpiry = BadgeExpiry.FixedDate(Now.AddTicks(-1));
        var exactlyNow = Valid();
        exactlyNow.EarnedBadgeExpiry = BadgeExpiry.FixedDate(Now);

        Assert.Equal("EarnedBadgeExpiry: is required.", Assert.Throws<BadgeValidationException>(() => CreateBadgeValidator.Validate(missing, Now)).Message);
        Assert.Equal("EarnedBadgeExpiry.ExpiresOn", Assert.Throws<BadgeValidationException>(() => CreateBadgeValidator.Validate(past, Now)).Field);
        CreateBadgeValidator.Validate(exactlyNow, Now);
    }

    [Fact]
    public void An_issued_badge_expiry_without_a_date_passes()
    {
        var request = Valid();
        request.IssuedBadgeExpiry = BadgeExpiry.Relative(PeriodUnit.Days, 3);

        CreateBadgeValidator.Validate(request, Now);
    }

    public static TheoryData<string, Action<CreateBadgeRequest>> NullItems => new()
    {
        { "CustomerConstraints[1]", r => { r.CustomerConstraints.Add(CustomerConstraint.FixedValue(1)); r.CustomerConstraints.Add(null!); } },
        { "BadgeConstraints[0]", r => r.BadgeConstraints.Add(null!) },
        { "Benefits[0]", r => r.Benefits.Add(null!) },
        { "Ownership.Claims[0]", r => r.Ownership.Claims.Add(null!) },
    };

    [Theory]
    [MemberData(nameof(NullItems))]
    public void A_null_item_in_a_list_is_named_by_its_index(string field, Action<CreateBadgeRequest> add)
    {
        var request = Valid();
        add(request);

        var error = Assert.Throws<BadgeValidationException>(() => CreateBadgeValidator.Validate(request, Now));

        Assert.Equal(field, error.Field);
        Assert.Equal($"{field}: cannot be null.", error.Message);
    }

    [Fact]
    public void A_null_request_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => CreateBadgeValidator.Validate((CreateBadgeRequest)null!, Now));
    }

    private static CreateBadgeRequest Valid(DateTimeOffset? start = null, DateTimeOffset? end = null, bool historical = false)
        => new("B", start ?? Now.AddDays(1), end ?? Now.AddDays(30)) { Ownership = { RestrictedToOwners = { OwnerType.Loyalty } }, HistoricalImport = historical };
}
