using System.Diagnostics.Metrics;
using System.Net;
using BadgeSdk.Loyalty;
using BadgeSdk.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace BadgeSdk.Tests.Contracts;

/// <summary>
/// Contract drift: a response field the SDK does not model, an enum value it does not know and a
/// timestamp in a form it had to guess are each counted once (metric <c>badgesdk.contract.drift</c>,
/// tagged with names only), logged once per field, and thrown, naming the field, in strict mode.
/// </summary>
public sealed class ContractDriftTests
{
    private static readonly AsyncLocal<string?> Run = new();
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("\"{0}\":\"surprise\"", "unknown_field", "$.data.{0}")]
    [InlineData("\"earnType\":\"EARN_{0}\"", "unknown_enum_value", "$.data.earnType")]
    [InlineData("\"createdOn\":1713850688811", "guessed_timestamp", "$.data.createdOn")]
    [InlineData("\"startOn\":\"2024-05-27 09:51:27\"", "guessed_timestamp", "$.data.startOn")]
    [InlineData("\"customerConstraints\":[{{\"constraintType\":\"CUSTOMER_BADGE_FIXED_WINDOW\",\"durationType\":\"FORTNIGHTLY\"}}]", "unknown_enum_value", "$.data.customerConstraints[].durationType")]
    public async Task Each_kind_is_counted_once_with_names_only(string member, string kind, string field)
    {
        var unique = "x" + Guid.NewGuid().ToString("N");
        var (measurements, _) = await ReadAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, member, unique), strict: false);

        var drift = Assert.Single(measurements);
        Assert.Equal(1, drift.Value);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["badgesdk.api"] = "Capillary",
                ["badgesdk.operation"] = "GetBadge",
                ["badgesdk.field"] = string.Format(System.Globalization.CultureInfo.InvariantCulture, field, unique),
                ["badgesdk.drift.kind"] = kind,
            },
            drift.Tags);
        Assert.DoesNotContain(drift.Tags.Values, v => v.Contains("surprise", StringComparison.Ordinal) || v.Contains("1713850688811", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_documented_forms_are_no_drift()
    {
        var (measurements, _) = await ReadAsync("\"earnType\":\"ISSUE_EARN\",\"startOn\":1716803487.000000000,\"startOnISO\":\"2024-05-27T09:51:27Z\",\"createdOn\":\"2024-05-27T09:51:27.192+05:30\",\"customerConstraints\":[{\"constraintType\":\"CUSTOMER_BADGE_FIXED_WINDOW\",\"durationType\":\"DAYS\",\"startDayOfTheWeek\":1}]", strict: false);

        Assert.Empty(measurements);
    }

    [Theory]
    [InlineData("\"earn\\u0054ype\":\"ISSUE_EARN\"")]
    [InlineData("\"EARNTYPE\":\"issue_earn\"")]
    [InlineData("\"ownership\":{\"restrictedToOwners\":[\"LOYALTY\",null,\"JOURNEYS\"]}")]
    [InlineData("\"customerConstraints\":[{\"startDayOfTheWeek\":7},{\"startDayOfTheWeek\":\"SUNDAY\"},{\"startDayOfTheWeek\":null}]")]
    [InlineData("\"startOn\":null,\"createdOn\":\"2024-05-27T09:51:27-04:00\"")]
    [InlineData("\"customerConstraints\":[],\"name\":\"x\"")]
    public async Task Escaped_names_any_casing_and_known_values_in_arrays_are_no_drift(string members)
    {
        var (measurements, _) = await ReadAsync(members, strict: false);

        Assert.Empty(measurements);
    }

    [Theory]
    [InlineData("\"customerConstraints\":[{{\"{0}\":{{\"deep\":[1,2]}}}}]", "unknown_field", "$.data.customerConstraints[].{0}")]
    [InlineData("\"ownership\":{{\"restrictedToOwners\":[\"LOYALTY\",\"OWNER_{0}\"]}}", "unknown_enum_value", "$.data.ownership.restrictedToOwners")]
    [InlineData("\"customerConstraints\":[{{\"startDayOfTheWeek\":true}}],\"x{0}\":0", "unknown_enum_value", "$.data.customerConstraints[].startDayOfTheWeek")]
    [InlineData("\"startOn\":\"2024-05-27T09:51:27+0{0}\"", "guessed_timestamp", "$.data.startOn")]
    [InlineData("\"startOn\":\"2024-05-27T09:51:27.5\",\"x{0}\":0", "guessed_timestamp", "$.data.startOn")]
    [InlineData("\"startOn\":{{\"{0}\":1}}", "guessed_timestamp", "$.data.startOn")]
    [InlineData("\"startOn\":-100000000000,\"x{0}\":0", "guessed_timestamp", "$.data.startOn")]
    public async Task Drift_is_found_inside_arrays_nested_values_and_every_token_kind(string member, string kind, string field)
    {
        var unique = "x" + Guid.NewGuid().ToString("N");
        var (measurements, _) = await ReadAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, member, unique), strict: false);

        Assert.Contains(measurements, m => m.Tags["badgesdk.drift.kind"] == kind && m.Tags["badgesdk.field"] == string.Format(System.Globalization.CultureInfo.InvariantCulture, field, unique));
    }

    // The serializer refuses these bodies before drift is looked for, so they are walked directly.
    [Theory]
    [InlineData("""{"data":{"earnType":{"a":1}}}""", "$.data.earnType")]
    [InlineData("""{"data":{"ownership":{"restrictedToOwners":["LOYALTY",["JOURNEYS"]]}}}""", "$.data.ownership.restrictedToOwners")]
    [InlineData("""{"data":{"ownership":{"restrictedToOwners":[null,"LOYALTY","MARS"]}}}""", "$.data.ownership.restrictedToOwners")]
    public void A_value_that_is_not_a_known_scalar_is_an_unknown_enum_value(string body, string field)
    {
        var drifts = BadgeSdk.Core.Http.ContractDrift.Find(System.Text.Encoding.UTF8.GetBytes(body), BadgeSdk.Loyalty.Wire.LoyaltyJsonContext.Default.CapillaryEnvelopeBadgeMetaWire, CapillaryDialect.Instance);

        Assert.Equal([("unknown_enum_value", field)], drifts!);
    }

    [Theory]
    [InlineData("""{"data":{"id":"b-1",""")]
    [InlineData("""[1,2""")]
    public void A_body_that_is_not_json_has_no_drift(string body)
    {
        Assert.Null(BadgeSdk.Core.Http.ContractDrift.Find(System.Text.Encoding.UTF8.GetBytes(body), BadgeSdk.Loyalty.Wire.LoyaltyJsonContext.Default.CapillaryEnvelopeBadgeMetaWire, CapillaryDialect.Instance));
    }

    [Fact]
    public async Task Names_and_timestamps_longer_than_the_stack_buffer_are_still_read()
    {
        var longName = "x" + new string('n', 400);
        var longStamp = "2024-05-27T09:51:27." + new string('1', 300) + "Z";

        var (measurements, _) = await ReadAsync($"\"{longName}\":1,\"startOn\":\"{longStamp}\"", strict: false);

        Assert.Equal(
            ["unknown_field $.data." + longName, "guessed_timestamp $.data.startOn"],
            measurements.Select(m => m.Tags["badgesdk.drift.kind"] + " " + m.Tags["badgesdk.field"]));
    }

    [Fact]
    public void A_body_without_drift_is_walked_without_allocating()
    {
        var body = System.Text.Encoding.UTF8.GetBytes("""{"data":{"id":"b-1","name":"x","earnType":"ISSUE_EARN","startOn":1716803487,"createdOn":"2024-05-27T09:51:27Z","customerConstraints":[{"constraintType":"CUSTOMER_BADGE_FIXED_WINDOW","durationType":"DAYS","startDayOfTheWeek":1}],"ownership":{"restrictedToOwners":["LOYALTY"]}},"errors":[],"warnings":[]}""");
        var type = BadgeSdk.Loyalty.Wire.LoyaltyJsonContext.Default.CapillaryEnvelopeBadgeMetaWire;
        var dialect = CapillaryDialect.Instance;
        Assert.Null(BadgeSdk.Core.Http.ContractDrift.Find(body, type, dialect));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var drifts = BadgeSdk.Core.Http.ContractDrift.Find(body, type, dialect);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Null(drifts);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public async Task Strict_mode_reads_a_response_without_drift()
    {
        var (measurements, badge) = await ReadAsync("\"earnType\":\"ISSUE_EARN\",\"startOnISO\":\"2024-05-27T09:51:27Z\"", strict: true);

        Assert.Empty(measurements);
        Assert.Equal(EarnType.IssueEarn, badge.EarnType);
        Assert.Equal(new DateTimeOffset(2024, 5, 27, 9, 51, 27, TimeSpan.Zero), badge.StartOn);
    }

    [Fact]
    public async Task A_field_is_logged_once_per_process_however_often_it_drifts()
    {
        var unique = "x" + Guid.NewGuid().ToString("N");
        using var logs = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));

        var (first, _) = await ReadAsync($"\"{unique}\":1", strict: false, factory);
        var (second, _) = await ReadAsync($"\"{unique}\":2", strict: false, factory);

        Assert.Single(first);
        Assert.Single(second);
        var line = Assert.Single(logs.Entries, e => e.Message.Contains(unique, StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Contains("unknown_field at $.data." + unique, line.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"{0}\":\"surprise\"", "unknown_field at $.data.{0}")]
    [InlineData("\"earnType\":\"EARN_{0}\"", "unknown_enum_value at $.data.earnType")]
    [InlineData("\"createdOn\":1713850688811", "guessed_timestamp at $.data.createdOn")]
    public async Task Strict_mode_throws_naming_the_field_never_the_value(string member, string expected)
    {
        var unique = "x" + Guid.NewGuid().ToString("N");

        var error = await Assert.ThrowsAsync<BadgeApiException>(() => ReadAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, member, unique), strict: true));

        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, unique), error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("surprise", error.Message, StringComparison.Ordinal);
        Assert.Equal("GetBadge", error.Operation);
        Assert.False(error.MayHaveBeenProcessed);
    }

    [Fact]
    public async Task A_warning_logger_alone_gets_the_drift_logged()
    {
        var unique = "x" + Guid.NewGuid().ToString("N");
        using var logs = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Warning));
        using var client = new LoyaltyClient(Options(strict: false), StubHandler.Always(HttpStatusCode.OK, $$"""{"data":{"id":"b-1","name":"x","{{unique}}":1},"errors":[],"warnings":[]}"""), factory);

        await client.GetBadgeAsync("b-1");

        Assert.Contains(logs.Entries, e => e.Message.Contains("unknown_field at $.data." + unique, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Strict_mode_throws_without_any_logger_or_listener()
    {
        using var client = new LoyaltyClient(Options(strict: true), StubHandler.Always(HttpStatusCode.OK, """{"data":{"id":"b-1","name":"x","renamed":1},"errors":[],"warnings":[]}"""));

        var error = await Assert.ThrowsAsync<BadgeApiException>(() => client.GetBadgeAsync("b-1"));

        Assert.Equal("Capillary GetBadge answered with contract drift (StrictContract is on): unknown_field at $.data.renamed.", error.Message);
    }

    [Fact]
    public async Task Strict_mode_names_every_drift_in_body_order()
    {
        using var client = new LoyaltyClient(Options(strict: true), StubHandler.Always(HttpStatusCode.OK, """{"data":{"id":"b-1","renamed":1,"earnType":"NEW_KIND","startOn":"2024-05-27 09:51:27"},"errors":[],"warnings":[]}"""));

        var error = await Assert.ThrowsAsync<BadgeApiException>(() => client.GetBadgeAsync("b-1"));

        Assert.Equal(
            "Capillary GetBadge answered with contract drift (StrictContract is on): unknown_field at $.data.renamed; unknown_enum_value at $.data.earnType; guessed_timestamp at $.data.startOn.",
            error.Message);
        Assert.Equal(200, error.StatusCode);
    }

    [Fact]
    public void Drift_is_observed_through_a_counter_listener_or_a_warning_logger_only()
    {
        using var errorsOnly = LoggerFactory.Create(b => b.AddProvider(new CapturingLoggerProvider()).SetMinimumLevel(LogLevel.Error));
        using var warnings = LoggerFactory.Create(b => b.AddProvider(new CapturingLoggerProvider()).SetMinimumLevel(LogLevel.Warning));

        Assert.True(BadgeSdk.Core.Http.ContractDrift.IsObserved(warnings.CreateLogger("x")));
        using var listener = new MeterListener { InstrumentPublished = (i, l) => { if (i.Meter.Name == "BadgeSdk" && i.Name == "badgesdk.contract.drift") { l.EnableMeasurementEvents(i); } } };
        listener.Start();
        Assert.True(BadgeSdk.Core.Http.ContractDrift.IsObserved(errorsOnly.CreateLogger("x")));
    }

    [Fact]
    public async Task Strict_mode_on_a_write_says_it_was_processed()
    {
        var handler = StubHandler.Always(HttpStatusCode.Created, """{"data":{"id":"b-1","name":"x","renamedField":1},"errors":[],"warnings":[]}""");
        using var client = new LoyaltyClient(Options(strict: true), handler);

        var error = await Assert.ThrowsAnyAsync<BadgeApiException>(() => client.CreateBadgeAsync(new CreateBadgeRequest("x", Now.AddDays(1), Now.AddDays(2)) { Ownership = { RestrictedToOwners = { OwnerType.Loyalty } } }));

        Assert.True(error.MayHaveBeenProcessed);
        Assert.StartsWith("Capillary CreateBadge answered with contract drift (StrictContract is on): unknown_field at $.data.renamedField. The server accepted the call, so it was processed. It may have been processed:", error.Message, StringComparison.Ordinal);
    }

    private static LoyaltyClientOptions Options(bool strict)
    {
        var options = new LoyaltyClientOptions { BaseAddress = new Uri("https://capillary.test/"), TillId = "t", Password = "p", StrictContract = strict };
        Clients.Shorten(options);
        options.UseTimeProvider(new ManualTimeProvider(Now));
        return options;
    }

    private static async Task<(List<(long Value, Dictionary<string, string> Tags)> Measurements, BadgeDefinition Badge)> ReadAsync(string members, bool strict, ILoggerFactory? loggers = null)
    {
        var id = Guid.NewGuid().ToString("N");
        Run.Value = id;
        var measurements = new List<(long, Dictionary<string, string>)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "BadgeSdk" && instrument.Name == "badgesdk.contract.drift")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            // Only this test's call: the measurement is made in the caller's async flow.
            if (Run.Value == id)
            {
                lock (measurements)
                {
                    measurements.Add((value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value?.ToString() ?? string.Empty)));
                }
            }
        });
        listener.Start();

        var answer = $$"""{"data":{"id":"b-1","name":"x",{{members}}},"errors":[],"warnings":[]}""";
        using var client = new LoyaltyClient(Options(strict), StubHandler.Always(HttpStatusCode.OK, answer), loggers);
        var badge = await client.GetBadgeAsync("b-1");
        return (measurements, badge);
    }
}
