using BadgeSdk.Issuance;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Core;

/// <summary>Every setting shared by the clients is checked at start-up, at its exact limits, with a message that names it.</summary>
public sealed class ClientOptionsTests
{
    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.Empty(Valid().GetProblems());
        var defaults = new IssuanceClientOptions { ApiToken = "t" };
        Assert.Empty(defaults.GetProblems());
        Assert.Equal(TimeSpan.FromSeconds(30), defaults.AttemptTimeout);
        Assert.Equal(TimeSpan.FromMinutes(2), defaults.OverallTimeout);
        Assert.True(defaults.EnableResilience);
        Assert.Equal(3, defaults.Retry.MaxRetries);
        Assert.Equal(TimeSpan.FromMilliseconds(500), defaults.Retry.BaseDelay);
        Assert.Equal(TimeSpan.FromSeconds(30), defaults.Retry.MaxDelay);
        Assert.Equal(TimeSpan.FromSeconds(60), defaults.Retry.MaxRetryAfter);
        Assert.True(defaults.Retry.UseJitter);
        Assert.True(defaults.CircuitBreaker.Enabled);
        Assert.Equal(0.5, defaults.CircuitBreaker.FailureRatio);
        Assert.Equal(20, defaults.CircuitBreaker.MinimumThroughput);
        Assert.Equal(TimeSpan.FromSeconds(30), defaults.CircuitBreaker.SamplingDuration);
        Assert.Equal(TimeSpan.FromSeconds(15), defaults.CircuitBreaker.BreakDuration);
        Assert.Null(defaults.ApplicationId);
        Assert.Equal(new Uri("https://app.issuebadge.com/api/v1/"), defaults.BaseAddress);
    }

    public static TheoryData<string, Action<BadgeClientOptions>> Invalid => new()
    {
        { "Test:BaseAddress must be an absolute URI.", o => o.BaseAddress = new Uri("relative/", UriKind.Relative) },
        { "Test:BaseAddress must be an absolute URI.", o => o.BaseAddress = null! },
        { "Test:BaseAddress must use https; plain http is allowed only for loopback (local emulators and stubs), because credentials travel with its requests.", o => o.BaseAddress = new Uri("http://api.example.com/") },
        { "Test:BaseAddress must be an http(s) URI.", o => o.BaseAddress = new Uri("ftp://127.0.0.1/") },
        { "Test:AttemptTimeout must be between 10 ms and 24 h, or Timeout.InfiniteTimeSpan for none.", o => o.AttemptTimeout = TimeSpan.Zero },
        { "Test:AttemptTimeout must be between 10 ms and 24 h, or Timeout.InfiniteTimeSpan for none.", o => o.AttemptTimeout = TimeSpan.FromMilliseconds(10) - TimeSpan.FromTicks(1) },
        { "Test:OverallTimeout must be between 10 ms and 24 h, or Timeout.InfiniteTimeSpan for none.", o => o.OverallTimeout = TimeSpan.FromTicks(-1) },
        { "Test:OverallTimeout must be between 10 ms and 24 h, or Timeout.InfiniteTimeSpan for none.", o => o.OverallTimeout = TimeSpan.FromDays(1) + TimeSpan.FromTicks(1) },
        { "Test:AttemptTimeout (00:00:02) cannot be longer than OverallTimeout (00:00:01).", o => { o.AttemptTimeout = TimeSpan.FromSeconds(2); o.OverallTimeout = TimeSpan.FromSeconds(1); } },
        { "Test:Retry:MaxRetries cannot be negative.", o => o.Retry.MaxRetries = -1 },
        { "Test:Retry:BaseDelay and MaxDelay must be positive and at most 24 h, with MaxDelay at least BaseDelay.", o => o.Retry.BaseDelay = TimeSpan.Zero },
        { "Test:Retry:BaseDelay and MaxDelay must be positive and at most 24 h, with MaxDelay at least BaseDelay.", o => { o.Retry.BaseDelay = TimeSpan.FromSeconds(1); o.Retry.MaxDelay = TimeSpan.Zero; } },
        { "Test:Retry:BaseDelay and MaxDelay must be positive and at most 24 h, with MaxDelay at least BaseDelay.", o => { o.Retry.BaseDelay = TimeSpan.FromSeconds(2); o.Retry.MaxDelay = TimeSpan.FromSeconds(1); } },
        { "Test:Retry:BaseDelay and MaxDelay must be positive and at most 24 h, with MaxDelay at least BaseDelay.", o => o.Retry.MaxDelay = TimeSpan.FromDays(1) + TimeSpan.FromTicks(1) },
        { "Test:Retry:BaseDelay and MaxDelay must be positive and at most 24 h, with MaxDelay at least BaseDelay.", o => { o.Retry.BaseDelay = Timeout.InfiniteTimeSpan; o.Retry.MaxDelay = Timeout.InfiniteTimeSpan; } },
        { "Test:Retry:MaxRetryAfter cannot be negative.", o => o.Retry.MaxRetryAfter = TimeSpan.FromTicks(-1) },
        { "Test:CircuitBreaker:FailureRatio must be above 0 and at most 1.", o => o.CircuitBreaker.FailureRatio = 0 },
        { "Test:CircuitBreaker:FailureRatio must be above 0 and at most 1.", o => o.CircuitBreaker.FailureRatio = 1.01 },
        { "Test:CircuitBreaker:MinimumThroughput must be at least 2.", o => o.CircuitBreaker.MinimumThroughput = 1 },
        { "Test:CircuitBreaker: SamplingDuration and BreakDuration must be between 0.5 s and 24 h.", o => o.CircuitBreaker.SamplingDuration = TimeSpan.FromMilliseconds(499) },
        { "Test:CircuitBreaker: SamplingDuration and BreakDuration must be between 0.5 s and 24 h.", o => o.CircuitBreaker.BreakDuration = TimeSpan.FromMilliseconds(499) },
        { "Test:CircuitBreaker: SamplingDuration and BreakDuration must be between 0.5 s and 24 h.", o => o.CircuitBreaker.SamplingDuration = TimeSpan.FromDays(1) + TimeSpan.FromTicks(1) },
        { "Test:CircuitBreaker: SamplingDuration and BreakDuration must be between 0.5 s and 24 h.", o => o.CircuitBreaker.BreakDuration = TimeSpan.FromDays(1) + TimeSpan.FromTicks(1) },
        { "Test:ApplicationId must be at most 64 printable ASCII characters with no spaces or control characters.", o => o.ApplicationId = new string('a', 65) },
        { "Test:ApplicationId must be at most 64 printable ASCII characters with no spaces or control characters.", o => o.ApplicationId = "my app" },
        { "Test:ApplicationId must be at most 64 printable ASCII characters with no spaces or control characters.", o => o.ApplicationId = "app\u0007" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void An_invalid_setting_is_the_one_problem_reported(string problem, Action<BadgeClientOptions> configure)
    {
        var options = Valid();
        configure(options);

        Assert.Equal([problem], options.GetProblems());
        Assert.Equal(problem, Assert.Throws<ArgumentException>(options.ThrowIfInvalid).Message);
    }

    public static TheoryData<Action<BadgeClientOptions>> AtTheLimit => new()
    {
        o => o.BaseAddress = new Uri("http://127.0.0.1:8080/"),
        o => o.BaseAddress = new Uri("http://localhost/"),
        o => o.BaseAddress = new Uri("https://api.example.com/"),
        o => o.AttemptTimeout = Timeout.InfiniteTimeSpan,
        o => { o.AttemptTimeout = Timeout.InfiniteTimeSpan; o.OverallTimeout = Timeout.InfiniteTimeSpan; },
        o => { o.AttemptTimeout = TimeSpan.FromSeconds(60); o.OverallTimeout = Timeout.InfiniteTimeSpan; },
        o => { o.AttemptTimeout = TimeSpan.FromSeconds(1); o.OverallTimeout = TimeSpan.FromSeconds(1); },
        o => o.AttemptTimeout = TimeSpan.FromMilliseconds(10),
        o => { o.AttemptTimeout = TimeSpan.FromDays(1); o.OverallTimeout = TimeSpan.FromDays(1); },
        o => o.Retry.MaxRetries = 0,
        o => { o.Retry.BaseDelay = TimeSpan.FromSeconds(1); o.Retry.MaxDelay = TimeSpan.FromSeconds(1); },
        o => { o.Retry.BaseDelay = TimeSpan.FromDays(1); o.Retry.MaxDelay = TimeSpan.FromDays(1); },
        o => { o.CircuitBreaker.SamplingDuration = TimeSpan.FromDays(1); o.CircuitBreaker.BreakDuration = TimeSpan.FromDays(1); },
        o => o.Retry.MaxRetryAfter = TimeSpan.Zero,
        o => o.CircuitBreaker.FailureRatio = 1,
        o => o.CircuitBreaker.FailureRatio = 0.01,
        o => o.CircuitBreaker.MinimumThroughput = 2,
        o => { o.CircuitBreaker.SamplingDuration = TimeSpan.FromMilliseconds(500); o.CircuitBreaker.BreakDuration = TimeSpan.FromMilliseconds(500); },
        o => o.ApplicationId = new string('a', 64),
        o => o.ApplicationId = "contoso-hr/2.1",
    };

    [Theory]
    [MemberData(nameof(AtTheLimit))]
    public void A_setting_at_its_limit_is_accepted(Action<BadgeClientOptions> configure)
    {
        var options = Valid();
        configure(options);

        Assert.Empty(options.GetProblems());
        options.ThrowIfInvalid();
    }

    [Theory]
    [MemberData(nameof(AtTheLimit))]
    public async Task A_client_with_a_setting_at_its_limit_is_built_and_answers(Action<BadgeClientOptions> configure)
    {
        using var handler = StubHandler.Always(System.Net.HttpStatusCode.OK);
        using var probe = new ProbeTransport(handler, configure);

        var response = await probe.Transport.SendAsync(new BadgeSdk.Core.Http.BadgeHttpRequest("Read", HttpMethod.Get, "thing"), default);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void Several_problems_are_reported_together()
    {
        var options = Valid();
        options.AttemptTimeout = TimeSpan.Zero;
        options.Retry.MaxRetries = -1;

        var error = Assert.Throws<ArgumentException>(options.ThrowIfInvalid);

        Assert.Equal("Test:AttemptTimeout must be between 10 ms and 24 h, or Timeout.InfiniteTimeSpan for none. Test:Retry:MaxRetries cannot be negative.", error.Message);
    }

    [Fact]
    public void Frozen_options_refuse_every_change()
    {
        var options = new IssuanceClientOptions { ApiToken = "t" };
        options.Freeze();

        var changes = new Action[]
        {
            () => options.BaseAddress = new Uri("https://other.test/"),
            () => options.AttemptTimeout = TimeSpan.FromSeconds(1),
            () => options.OverallTimeout = TimeSpan.FromSeconds(1),
            () => options.EnableResilience = false,
            () => options.ApplicationId = "x",
            () => options.Retry.MaxRetries = 1,
            () => options.Retry.BaseDelay = TimeSpan.FromSeconds(1),
            () => options.Retry.MaxDelay = TimeSpan.FromSeconds(1),
            () => options.Retry.MaxRetryAfter = TimeSpan.FromSeconds(1),
            () => options.Retry.UseJitter = false,
            () => options.CircuitBreaker.Enabled = false,
            () => options.CircuitBreaker.FailureRatio = 0.2,
            () => options.CircuitBreaker.MinimumThroughput = 5,
            () => options.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(5),
            () => options.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(5),
            () => options.UseTimeProvider(TimeProvider.System),
        };

        Assert.All(changes, change => Assert.Equal(
            "These options are used by a client and can no longer be changed; create new options for a new client.",
            Assert.Throws<InvalidOperationException>(change).Message));
    }

    [Fact]
    public void Open_options_take_every_change_and_a_clock()
    {
        var options = new IssuanceClientOptions { ApiToken = "t" };
        var clock = new ManualTimeProvider();

        options.UseTimeProvider(clock);
        options.Retry.UseJitter = false;

        Assert.Same(clock, options.Clock());
        Assert.False(options.Retry.UseJitter);
        Assert.Same(TimeProvider.System, new IssuanceClientOptions().Clock());
        Assert.Throws<ArgumentNullException>(() => options.UseTimeProvider(null!));
    }

    [Fact]
    public void A_missing_issuance_token_is_named()
    {
        Assert.Equal(["Issuance:ApiToken is required: the IssueBadge API token, sent as a Bearer token."], new IssuanceClientOptions { ApiToken = " " }.GetProblems());
    }

    private static TestClientOptions Valid()
    {
        var options = new TestClientOptions(new Uri("https://api.example.com/"));
        options.AttemptTimeout = TimeSpan.FromSeconds(1);
        options.OverallTimeout = TimeSpan.FromSeconds(10);
        return options;
    }
}
