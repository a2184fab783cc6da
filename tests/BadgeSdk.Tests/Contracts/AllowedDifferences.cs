namespace BadgeSdk.Tests.Contracts;

/// <summary>
/// The reviewed list: every way the SDK's requests may differ from the pages' examples, each with
/// the sentence that justifies it. Keep it short; a new entry needs the page's words.
/// </summary>
internal static class AllowedDifferences
{
    public const string Create = "capillary-create-badges";
    public const string IssueBulk = "capillary-enrol-customers-issuebulk";

    private const string IsoUtc = @"^""\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z""$";
    private const string DayName = @"^""(MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)""$";
    private const string IsoTwins = "research/api-contracts.md §2.7, update-badges page: startOnISO/expiresOnISO are \"ISO 8601 in UTC… overrides the value set in startOn\"; the create page's newer response examples carry them (\"startOnISO\": \"2026-01-18T05:35:00Z\"). Sent so the instant is not left to the numeric field's unit, which the pages disagree on.";
    private static readonly string[] AllCreate = ["request-1-badge12", "request-2-issue-earn", "request-3-badge-earn", "request-4-issue-earntype", "request-5-claims-rolling", "request-6-historical"];
    private static readonly string[] NumericCustomerDay = ["request-2-issue-earn"];
    private static readonly string[] NumericBadgeDay = ["request-1-badge12", "request-3-badge-earn"];
    private static readonly string[] IsActive = ["request-2-issue-earn", "request-4-issue-earntype"];
    private static readonly string[] Historical = ["request-6-historical"];
    private static readonly string[] BothBulk = ["request-1", "request-2"];

    public static IReadOnlyList<AllowedDifference> All { get; } =
    [
        new(Create, AllCreate, "$.startOnISO", DifferenceKind.Extra, IsoUtc, IsoTwins),
        new(Create, AllCreate, "$.expiresOnISO", DifferenceKind.Extra, IsoUtc, IsoTwins),
        new(Create, NumericCustomerDay, "$.customerConstraints[*].startDayOfTheWeek", DifferenceKind.Value, DayName,
            "create page, customerConstraints table: \"startDayOfTheWeek Enum Day on which the cycle starts. Supported values: MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY.\" The examples' 1 is not a listed value and its numbering is undocumented."),
        new(Create, NumericBadgeDay, "$.badgeConstraints[*].startDayOfTheWeek", DifferenceKind.Value, DayName,
            "create page, badgeConstraints table: \"startDayOfTheWeek Enum Day on which the cycle starts. Supported values: MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY.\""),
        new(Create, IsActive, "$.isActive", DifferenceKind.Missing, null,
            "create page, request table: \"active* Boolean Indicates whether the badge is currently active.\" (isActive appears only in the Issue Earn examples and in no table)."),
        new(Create, IsActive, "$.active", DifferenceKind.Extra, "^true$",
            "create page, request table: \"active* Boolean Indicates whether the badge is currently active.\""),
        new(Create, Historical, "$.startOn", DifferenceKind.Value, @"^\d{10}$",
            "create page, request table: \"startOn* Date Time Timestamp indicating when the badge starts. Timestamp in epoch time.\" The historical example's ISO text goes in startOnISO instead."),
        new(Create, Historical, "$.expiresOn", DifferenceKind.Value, @"^\d{10}$",
            "create page, request table: \"expiresOn* Date Time Timestamp indicating when the badge ends. Timestamp in epoch time.\""),
        new(Create, Historical, "$.earnedBadgeExpiry.expiresOn", DifferenceKind.Missing, null,
            "create page, request table: \"expiresOn Date Timestamp indicating when the badge expires. It is mandatory to pass this expiresOn parameter when FIXED_DATE is chosen.\" With WITH_BADGE_META the badge's own expiresOn applies."),
        new(Create, Historical, "$.issuedBadgeExpiry.expiresOn", DifferenceKind.Missing, null,
            "create page, request table: \"It is mandatory to pass this expiresOn parameter when FIXED_DATE is chosen.\" (the example's type is WITH_BADGE_META)."),
        new(Create, Historical, "$.orgId", DifferenceKind.Missing, null,
            "create page: orgId is in the \"Response parameters\" table only (\"orgId Integer Identifier for the organization associated with the data.\"); the org comes from the credentials."),
        new(Create, Historical, "$.issuedCount", DifferenceKind.Missing, null,
            "create page, response table only: \"issuedCount Integer Count of how many times the badge has been issued.\""),
        new(Create, Historical, "$.earnedCount", DifferenceKind.Missing, null,
            "create page, response table only: \"earnedCount Integer Count of how many times the badge has been earned.\""),
        new(Create, Historical, "$.status", DifferenceKind.Missing, null,
            "create page, response table only: \"status String The badge can have three statuses upon creation.\""),
        new(Create, Historical, "$.createdOn", DifferenceKind.Missing, null,
            "create page, response table only: \"createdOn Float Timestamp for when the badge was created.\""),
        new(Create, Historical, "$.createdBy", DifferenceKind.Missing, null,
            "create page, response table only: \"createdBy Integer Identifier of the user who created the badge.\""),
        new(Create, Historical, "$.lastUpdatedOn", DifferenceKind.Missing, null,
            "create page, response table only: \"lastUpdatedOn Float Timestamp for the last update made to the badge.\""),
        new(Create, Historical, "$.lastUpdatedBy", DifferenceKind.Missing, null,
            "create page, response table only: \"lastUpdatedBy Integer Identifier of the user who last updated the badge.\""),
        new(Create, Historical, "$.customerConstraints[*].constraintType", DifferenceKind.Value, @"^""CUSTOMER_BADGE_NO_LIMIT""$",
            "create page, customerConstraints table: \"Supported values: \\\"CUSTOMER_BADGE_FIXED_WINDOW\\\" , \\\"CUSTOMER_BADGE_FIXED_VALUE\\\", \\\"CUSTOMER_BADGE_ROLLING_WINDOW\\\" and \\\"CUSTOMER_BADGE_NO_LIMIT\\\".\" The example's BADGE_NO_LIMIT is a badge constraint type."),
        new(Create, Historical, "$.customerConstraints[*].maxEarnLimit", DifferenceKind.Missing, null, NoLimit),
        new(Create, Historical, "$.badgeConstraints[*].maxEarnLimit", DifferenceKind.Missing, null, NoLimit),
        new(Create, Historical, "$.customerConstraints[*].rollType", DifferenceKind.Missing, null, NoLimit),
        new(Create, Historical, "$.badgeConstraints[*].rollType", DifferenceKind.Missing, null, NoLimit),
        new(Create, Historical, "$.customerConstraints[*].rollValue", DifferenceKind.Missing, null, NoLimit),
        new(Create, Historical, "$.badgeConstraints[*].rollValue", DifferenceKind.Missing, null, NoLimit),
        .. RollingLimits(Historical),
        new(Create, Historical, "$.tags[0].name1", DifferenceKind.Missing, null,
            "create page, tags table: \"name String Name of the tag.\" (name1 is in no table)."),
        new(Create, Historical, "$.tags[0].name", DifferenceKind.Extra, @"^""string""$",
            "create page, tags table: \"name String Name of the tag.\""),
        new(IssueBulk, BothBulk, "$.issueEventDate", DifferenceKind.Missing, null,
            "issueBulk page: \"issueEventDateISO … in ISO 8601 format in UTC and is independent of the user's local time zone\"; the numeric issueEventDate is said to be \"in epoch milliseconds format\" while the example's 1713860055 is seconds, so only the unambiguous field is sent."),
        new(IssueBulk, BothBulk, "$.issueEventDateISO", DifferenceKind.Value, @"^""2024-04-23T08:14:15\.000Z""$",
            "issueBulk page: \"issueEventDateISO :Defines the date … in ISO 8601 format in UTC … Format for the request parameter: 2026-01-20T09:15:30.500Z\": the same instant as the example's +05:30 text, in the stated UTC form."),
    ];

    private const string NoLimit = "create page: the limits are \"Applicable only when CUSTOMER_BADGE_ROLLING_WINDOW is opted\" (rollType/rollValue: \"Timeframe of the rolling window\"); a NO_LIMIT constraint has none, so the example's zeros are not sent.";

    private static IEnumerable<AllowedDifference> RollingLimits(string[] examples)
    {
        foreach (var field in new[] { "maxEarnForDays", "rollForDays", "maxEarnForWeeks", "rollForWeeks", "maxEarnForMonths", "rollForMonths" })
        {
            yield return new(Create, examples, $"$.customerConstraints[*].{field}", DifferenceKind.Missing, null, NoLimit);
            yield return new(Create, examples, $"$.badgeConstraints[*].{field}", DifferenceKind.Missing, null, NoLimit);
        }
    }
}
