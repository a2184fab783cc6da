using System.Net;
using System.Text.Json.Nodes;
using BadgeSdk.Loyalty;
using BadgeSdk.Passes;
using BadgeSdk.Tests.Infrastructure;
using BadgeSdk.Tests.Passes;

namespace BadgeSdk.Tests.Contracts;

/// <summary>The fixes the read of the pages found (issue #13, item 3), each against what was sent or read.</summary>
public sealed class DocumentReadingFixTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Never_expiry_sends_the_fields_the_table_marks_required()
    {
        var sent = await SendCreateAsync(new CreateBadgeRequest("never", Now.AddDays(1), Now.AddDays(30))
        {
            Ownership = { RestrictedToOwners = { OwnerType.Loyalty } },
            EarnedBadgeExpiry = BadgeExpiry.Never(),
            IssuedBadgeExpiry = BadgeExpiry.Never(method: null, expireWithBadgeMeta: null),
        });

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"expiryType":"NEVER","type":"WITH_BADGE_META","expireWithBadgeMeta":false}"""), sent["earnedBadgeExpiry"]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"expiryType":"NEVER"}"""), sent["issuedBadgeExpiry"]));
    }

    [Fact]
    public async Task A_historical_import_of_a_badge_that_already_ended_is_sent()
    {
        var sent = await SendCreateAsync(new CreateBadgeRequest("ended", Now.AddYears(-2), Now.AddYears(-1))
        {
            HistoricalImport = true,
            Ownership = { RestrictedToOwners = { OwnerType.Loyalty } },
            IssuedBadgeExpiry = BadgeExpiry.FixedDate(Now.AddMonths(-6)),
        });

        Assert.Equal(Now.AddYears(-1).ToUnixTimeSeconds(), sent["expiresOn"]!.GetValue<long>());
    }

    [Fact]
    public async Task Without_the_migration_header_a_past_end_is_still_refused_before_sending()
    {
        var handler = StubHandler.Always(HttpStatusCode.Created);
        using var client = new LoyaltyClient(Options(), handler);

        var error = await Assert.ThrowsAsync<BadgeValidationException>(() => client.CreateBadgeAsync(new CreateBadgeRequest("ended", Now.AddYears(-2), Now.AddYears(-1)) { Ownership = { RestrictedToOwners = { OwnerType.Loyalty } } }));

        Assert.Equal("StartOn", error.Field);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Fixed_window_factories_default_to_the_examples_DAYS()
    {
        var sent = await SendCreateAsync(new CreateBadgeRequest("days", Now.AddDays(1), Now.AddDays(30))
        {
            Ownership = { RestrictedToOwners = { OwnerType.Loyalty } },
            CustomerConstraints = { CustomerConstraint.FixedWindow(maxEarnLimit: 1, refreshRate: 3) },
            BadgeConstraints = { BadgeConstraint.FixedWindow(maxEarnLimit: 2, refreshRate: 3, startDayOfTheWeek: DayOfWeek.Monday) },
        });

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"constraintType":"CUSTOMER_BADGE_FIXED_WINDOW","durationType":"DAYS","refreshRate":3,"maxEarnLimit":1}"""), sent["customerConstraints"]![0]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"constraintType":"BADGE_FIXED_WINDOW","durationType":"DAYS","refreshRate":3,"startDayOfTheWeek":"MONDAY","maxEarnLimit":2}"""), sent["badgeConstraints"]![0]));
    }

    [Theory]
    [InlineData(DayOfWeek.Monday, "1", DayOfWeek.Monday)]
    [InlineData(DayOfWeek.Monday, "7", DayOfWeek.Sunday)]
    [InlineData(DayOfWeek.Monday, "0", DayOfWeek.Sunday)]
    [InlineData(DayOfWeek.Sunday, "1", DayOfWeek.Sunday)]
    [InlineData(DayOfWeek.Sunday, "2", DayOfWeek.Monday)]
    [InlineData(DayOfWeek.Sunday, "7", DayOfWeek.Saturday)]
    [InlineData(DayOfWeek.Sunday, "\"TUESDAY\"", DayOfWeek.Tuesday)]
    public async Task A_numeric_start_day_is_read_from_the_configured_day_one(DayOfWeek numberOne, string json, DayOfWeek expected)
    {
        var constraint = await ReadConstraintAsync(json, numberOne);

        Assert.Equal(expected, constraint.StartDayOfTheWeek);
    }

    [Theory]
    [InlineData("9", "9")]
    [InlineData("\"FUNDAY\"", "FUNDAY")]
    [InlineData("{\"day\":1}", "{\"day\":1}")]
    [InlineData("[1]", "[1]")]
    [InlineData("true", "true")]
    public async Task An_unknown_start_day_never_fails_the_response_and_keeps_the_raw_value(string json, string raw)
    {
        var constraint = await ReadConstraintAsync(json, DayOfWeek.Monday);

        Assert.Null(constraint.StartDayOfTheWeek);
        Assert.Equal(raw, constraint.StartDayOfTheWeekValue);
        Assert.Equal(3, constraint.RefreshRate);
    }

    [Fact]
    public async Task Push_notification_field_names_are_configurable()
    {
        using var stub = new PassesStub(configure: o =>
        {
            o.PushNotificationTemplateIdField = "templateId";
            o.PushNotificationPassIdField = "externalPassId";
            o.PushNotificationMessageField = "text";
        });

        await stub.Client.SendPushNotificationAsync(new SendPushNotificationRequest("tpl", "p-1", "Hello"));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"templateId":"tpl","externalPassId":"p-1","text":"Hello"}"""), JsonNode.Parse(stub.Sent.Single().Body)));
    }

    [Theory]
    [InlineData("", "passId", "message", "PushNotificationTemplateIdField")]
    [InlineData("passTemplateId", "message", "message", "must differ")]
    public void Push_notification_field_names_are_checked_when_the_client_is_built(string template, string pass, string message, string expected)
    {
        var options = new PassesClientOptions { ApiKey = "k", PushNotificationTemplateIdField = template, PushNotificationPassIdField = pass, PushNotificationMessageField = message };

        var error = Assert.Throws<ArgumentException>(() => new PassesClient(options, StubHandler.Always(HttpStatusCode.OK)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static LoyaltyClientOptions Options(Action<LoyaltyClientOptions>? configure = null)
    {
        var options = new LoyaltyClientOptions { BaseAddress = new Uri("https://capillary.test/"), TillId = "t", Password = "p" };
        Clients.Shorten(options);
        options.UseTimeProvider(new ManualTimeProvider(Now));
        configure?.Invoke(options);
        return options;
    }

    private static async Task<JsonNode> SendCreateAsync(CreateBadgeRequest request)
    {
        string? body = null;
        var handler = new StubHandler((message, _) =>
        {
            body = message.Content!.ReadAsStringAsync().GetAwaiter().GetResult();
            return StubHandler.Json(HttpStatusCode.Created, """{"data":{"id":"b-1","name":"x"},"errors":[],"warnings":[]}""");
        });
        using var client = new LoyaltyClient(Options(), handler);

        await client.CreateBadgeAsync(request);

        return JsonNode.Parse(body!)!;
    }

    private static async Task<CustomerConstraint> ReadConstraintAsync(string startDay, DayOfWeek numberOne)
    {
        var answer = $$"""{"data":{"id":"b-1","name":"x","customerConstraints":[{"constraintType":"CUSTOMER_BADGE_FIXED_WINDOW","durationType":"DAYS","refreshRate":3,"startDayOfTheWeek":{{startDay}}}]},"errors":[],"warnings":[]}""";
        using var client = new LoyaltyClient(Options(o => o.StartDayOfTheWeekNumberOne = numberOne), StubHandler.Always(HttpStatusCode.OK, answer));

        var badge = await client.GetBadgeAsync("b-1");

        return Assert.Single(badge.CustomerConstraints);
    }
}
