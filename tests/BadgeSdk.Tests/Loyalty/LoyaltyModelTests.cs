using System.Text.Json;
using BadgeSdk.Loyalty;
using BadgeSdk.Loyalty.Wire;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Loyalty;

/// <summary>Factories that refuse invalid combinations, client-side checks, and tolerant reading of every documented example.</summary>
public class LoyaltyModelTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Weekly_window_needs_its_start_day()
    {
        var error = Assert.Throws<BadgeValidationException>(() => CustomerConstraint.FixedWindow(DurationType.Weekly, maxEarnLimit: 1));

        Assert.Equal("startDayOfTheWeek", error.Field);
    }

    [Fact]
    public void Daily_window_needs_its_refresh_rate_in_either_spelling()
    {
        Assert.Equal("refreshRate", Assert.Throws<BadgeValidationException>(() => BadgeConstraint.FixedWindow(DurationType.Daily, 1)).Field);
        Assert.Equal("refreshRate", Assert.Throws<BadgeValidationException>(() => BadgeConstraint.FixedWindow(DurationType.Days, 1)).Field);
    }

    [Fact]
    public void Rolling_window_limits_need_their_periods()
    {
        Assert.Throws<BadgeValidationException>(() => CustomerConstraint.RollingWindow(maxEarnForDays: 1));
        Assert.Throws<BadgeValidationException>(() => CustomerConstraint.RollingWindow());
        Assert.Throws<BadgeValidationException>(() => BadgeConstraint.RollingWindow(PeriodUnit.Days, 0, 5));
        Assert.Throws<BadgeValidationException>(() => BadgeConstraint.RollingWindow(default, 1, 5));
    }

    [Fact]
    public void Relative_expiry_needs_a_unit_and_a_positive_value()
    {
        Assert.Throws<BadgeValidationException>(() => BadgeExpiry.Relative(PeriodUnit.Days, 0));
        Assert.Throws<BadgeValidationException>(() => BadgeExpiry.Relative(default, 3));
    }

    [Fact]
    public void At_least_one_owner_is_required_728()
    {
        var request = Valid();
        request.Ownership.RestrictedToOwners.Clear();

        var error = Assert.Throws<BadgeValidationException>(() => CreateBadgeValidator.Validate(request, Now));

        Assert.Equal("Ownership.RestrictedToOwners", error.Field);
        Assert.Contains("728", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_must_be_before_end_720()
    {
        var error = Assert.Throws<BadgeValidationException>(() => CreateBadgeValidator.Validate(Valid(start: Now.AddDays(5), end: Now.AddDays(5)), Now));

        Assert.Equal("StartOn", error.Field);
        Assert.Contains("720", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_in_the_past_needs_the_migration_option_722()
    {
        var past = Valid(start: Now.AddDays(-3));

        var error = Assert.Throws<BadgeValidationException>(() => CreateBadgeValidator.Validate(past, Now));
        past.HistoricalImport = true;
        CreateBadgeValidator.Validate(past, Now);

        Assert.Contains("722", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expiry_in_the_past_is_refused_724()
    {
        var request = Valid();
        request.IssuedBadgeExpiry = BadgeExpiry.FixedDate(Now.AddDays(-1));

        var error = Assert.Throws<BadgeValidationException>(() => CreateBadgeValidator.Validate(request, Now));

        Assert.Equal("IssuedBadgeExpiry.ExpiresOn", error.Field);
        Assert.Contains("724", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_name_is_refused()
    {
        var error = Assert.Throws<BadgeValidationException>(() => CreateBadgeValidator.Validate(new CreateBadgeRequest(" ", Now.AddDays(1), Now.AddDays(2)) { Ownership = { RestrictedToOwners = { OwnerType.Loyalty } } }, Now));

        Assert.Equal("Name", error.Field);
    }

    [Theory]
    [InlineData("\"TUESDAY\"", DayOfWeek.Tuesday)]
    [InlineData("\"tuesday\"", DayOfWeek.Tuesday)]
    [InlineData("1", DayOfWeek.Monday)]
    [InlineData("7", DayOfWeek.Sunday)]
    public void Start_day_reads_as_a_name_or_a_number(string json, DayOfWeek expected)
    {
        var wire = JsonSerializer.Deserialize($$"""{"constraintType":"BADGE_FIXED_WINDOW","startDayOfTheWeek":{{json}}}""", LoyaltyJsonContext.Default.ConstraintWire)!;

        Assert.True(DayOfWeekText.TryParse(wire.StartDayOfTheWeek, out var day));
        Assert.Equal(expected, day);
    }

    [Theory]
    [InlineData("\"Mon\"", "Mon")]
    [InlineData("9", "9")]
    [InlineData("true", "true")]
    public void An_unknown_start_day_keeps_its_raw_value_and_the_badge_still_reads(string json, string raw)
    {
        var body = $$$"""{"data":{"id":"b1","name":"N","customerConstraints":[{"constraintType":"CUSTOMER_FIXED_WINDOW","durationType":"WEEKLY","startDayOfTheWeek":{{{json}}}}],"startOn":"not a date","expiresOn":99999999999999999}}""";

        var envelope = JsonSerializer.Deserialize(body, LoyaltyJsonContext.Default.CapillaryEnvelopeBadgeMetaWire)!;
        var badge = BadgeMetaMapper.FromWire(envelope.Data!);

        var constraint = Assert.Single(badge.CustomerConstraints);
        Assert.Null(constraint.StartDayOfTheWeek);
        Assert.Equal(raw, constraint.StartDayOfTheWeekValue);
        Assert.Null(badge.StartOn);
        Assert.Null(badge.ExpiresOn);
        Assert.Equal("b1", badge.Id);
    }

    [Fact]
    public void Owner_types_compare_in_either_casing()
    {
        Assert.Equal(OwnerType.ReferralCampaigns, new OwnerType("REFERRAL_CAMPAIGNS"));
        Assert.Equal("Referral_Campaigns", OwnerType.ReferralCampaigns.Value);
    }

    [Theory]
    [InlineData("create-req-1-badge12.json")]
    [InlineData("create-req-2-issue-earn.json")]
    [InlineData("create-req-3-badge-earn.json")]
    [InlineData("create-req-4-issue-earntype.json")]
    [InlineData("create-req-5-claims-rolling.json")]
    [InlineData("create-req-6-historical.json")]
    public void Every_documented_badge_example_reads(string file)
    {
        var wire = JsonSerializer.Deserialize(File.ReadAllBytes(Example(file)), LoyaltyJsonContext.Default.BadgeMetaWire)!;

        var badge = BadgeMetaMapper.FromWire(wire);

        Assert.False(string.IsNullOrEmpty(badge.Name));
        Assert.NotEmpty(badge.RestrictedToOwners);
        Assert.NotNull(badge.StartOn);
    }

    [Theory]
    [InlineData("create-resp-1-badge123.json")]
    [InlineData("create-resp-2-issue-earn.json")]
    [InlineData("create-resp-3-errors-728-725-722.json")]
    [InlineData("create-resp-4-historical.json")]
    [InlineData("enrol-resp-1-1040.json")]
    [InlineData("enrol-resp-2-1040.json")]
    public void Every_documented_response_reads(string file)
    {
        var bytes = File.ReadAllBytes(Example(file));

        if (file.StartsWith("enrol", StringComparison.Ordinal))
        {
            Assert.NotEmpty(JsonSerializer.Deserialize(bytes, LoyaltyJsonContext.Default.CapillaryEnvelopeIssueBulkDataWire)!.Data!.IssuedBadges!);
        }
        else
        {
            var envelope = JsonSerializer.Deserialize(bytes, LoyaltyJsonContext.Default.CapillaryEnvelopeBadgeMetaWire)!;
            Assert.True(envelope.Data?.Id is not null || envelope.Errors is { Count: > 0 }, "neither data nor errors was read");
        }
    }

    [Fact]
    public void Enrol_requests_from_the_docs_read_once_their_invalid_json_is_fixed()
    {
        var wire = JsonSerializer.Deserialize(File.ReadAllBytes(Example("enrol-req-1.json")), LoyaltyJsonContext.Default.IssueBulkWire)!;

        Assert.Equal(new DateTimeOffset(2024, 4, 23, 8, 14, 15, TimeSpan.Zero), wire.IssueEventDateIso);
        Assert.Equal(OwnerType.Loyalty, new OwnerType(wire.TriggeredBy!.OwnerType!));
    }

    private static string Example(string file) => Path.Combine(RepositoryRoot.Find(), "tests", "wiremock", "__files", "capillary", file);

    private static CreateBadgeRequest Valid(DateTimeOffset? start = null, DateTimeOffset? end = null)
        => new("B", start ?? Now.AddDays(1), end ?? Now.AddDays(30)) { Ownership = { RestrictedToOwners = { OwnerType.Loyalty } } };
}
