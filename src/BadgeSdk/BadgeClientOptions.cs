using BadgeSdk.Core.Validation;

namespace BadgeSdk;

/// <summary>Settings every BadgeSdk client shares: endpoint, timeouts, retries, circuit breaker and identity.</summary>
/// <remarks>
/// A client reads its options when it is constructed and freezes them: a later change throws
/// <see cref="InvalidOperationException"/> instead of silently not applying. Create new options for a new client.
/// </remarks>
public abstract class BadgeClientOptions
{
    private const string TimeoutRange = "must be between 10 ms and 24 h, or Timeout.InfiniteTimeSpan for none.";

    // The bounds of Polly's own option checks (TimeoutStrategyOptions, RetryStrategyOptions, CircuitBreakerStrategyOptions).
    private static readonly TimeSpan PollyMinimumTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan PollyMaximum = TimeSpan.FromDays(1);

    /// <summary>Gets or sets the API's base address. Each area has its vendor's production default.</summary>
    public abstract Uri BaseAddress { get; set; }

    /// <summary>
    /// Gets or sets the longest one attempt may take before it is abandoned (and retried when safe):
    /// 10 ms to 24 h, or <see cref="Timeout.InfiniteTimeSpan"/> for none. Default 30 s.
    /// </summary>
    public TimeSpan AttemptTimeout { get; set { ThrowIfFrozen(); field = value; } } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets or sets the longest a whole call may take, retries and backoff included: 10 ms to 24 h,
    /// or <see cref="Timeout.InfiniteTimeSpan"/> for none. Default 2 minutes.
    /// </summary>
    public TimeSpan OverallTimeout { get; set { ThrowIfFrozen(); field = value; } } = TimeSpan.FromMinutes(2);

    /// <summary>Gets the retry settings.</summary>
    public BadgeRetryOptions Retry { get; } = new();

    /// <summary>Gets the circuit breaker settings.</summary>
    public BadgeCircuitBreakerOptions CircuitBreaker { get; } = new();

    /// <summary>
    /// Gets or sets a value indicating whether the SDK's own resilience (timeouts, retries,
    /// circuit breaker) runs. Turn it off when you add your own resilience handler to the
    /// client's <c>IHttpClientBuilder</c>, so that attempts are not retried twice over. Default <see langword="true"/>.
    /// </summary>
    public bool EnableResilience { get; set { ThrowIfFrozen(); field = value; } } = true;

    /// <summary>
    /// Gets or sets a value indicating whether contract drift fails the call. The vendors' pages
    /// disagree with each other, so the SDK always counts (metric <c>badgesdk.contract.drift</c>) and
    /// logs once per field a successful response carrying a field it does not model, an enum value it
    /// does not know, or a timestamp in a form it had to guess. With this on, such a response throws
    /// a <see cref="BadgeApiException"/> naming the field instead (never its value): for your own
    /// contract tests against a sandbox. Default <see langword="false"/>.
    /// </summary>
    public bool StrictContract { get; set { ThrowIfFrozen(); field = value; } }

    /// <summary>Gets or sets an optional application id appended to the <c>User-Agent</c> header (for example <c>contoso-hr/2.1</c>): at most 64 printable ASCII characters, no spaces.</summary>
    public string? ApplicationId { get; set { ThrowIfFrozen(); field = value; } }

    // A field, not a property, so that configuration binding leaves it alone.
    private TimeProvider _timeProvider = TimeProvider.System;

    /// <summary>Replaces the clock used for timeouts, backoff, token expiry and date checks (for tests).</summary>
    /// <param name="timeProvider">The clock.</param>
    public void UseTimeProvider(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ThrowIfFrozen();
        _timeProvider = timeProvider;
    }

    private bool _frozen;

    /// <summary>Makes these settings (and their retry and circuit breaker parts) read-only: a client uses them from now on.</summary>
    internal void Freeze()
    {
        _frozen = true;
        Retry.Freeze();
        CircuitBreaker.Freeze();
    }

    /// <summary>Throws when a client already uses these settings.</summary>
    /// <exception cref="InvalidOperationException">The options are frozen.</exception>
    private protected void ThrowIfFrozen() => FrozenOptions.ThrowIf(_frozen);

    /// <summary>Gets the clock (<see cref="TimeProvider.System"/> unless <see cref="UseTimeProvider"/> replaced it).</summary>
    /// <returns>The clock.</returns>
    internal TimeProvider Clock() => _timeProvider;

    /// <summary>Gets the name of the options' configuration section under <c>BadgeSdk</c>, used to name settings in messages.</summary>
    internal abstract string SectionName { get; }

    /// <summary>Throws when a setting is missing or out of range, naming every such setting.</summary>
    /// <exception cref="ArgumentException">At least one setting is invalid.</exception>
    internal void ThrowIfInvalid()
    {
        var problems = GetProblems().ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems));
        }
    }

    /// <summary>Lists what is wrong with the settings; empty when they are usable.</summary>
    /// <returns>One sentence per problem, each naming the setting as a configuration key.</returns>
    internal IEnumerable<string> GetProblems()
    {
        var section = SectionName;
        if (EndpointProblem(nameof(BaseAddress), BaseAddress) is { } endpoint)
        {
            yield return endpoint;
        }

        if (!IsTimeout(AttemptTimeout))
        {
            yield return $"{section}:{nameof(AttemptTimeout)} {TimeoutRange}";
        }

        if (!IsTimeout(OverallTimeout))
        {
            yield return $"{section}:{nameof(OverallTimeout)} {TimeoutRange}";
        }
        else if (OverallTimeout != Timeout.InfiniteTimeSpan && AttemptTimeout != Timeout.InfiniteTimeSpan && AttemptTimeout > OverallTimeout)
        {
            yield return $"{section}:{nameof(AttemptTimeout)} ({AttemptTimeout}) cannot be longer than {nameof(OverallTimeout)} ({OverallTimeout}).";
        }

        if (Retry.MaxRetries < 0)
        {
            yield return $"{section}:{nameof(Retry)}:{nameof(Retry.MaxRetries)} cannot be negative.";
        }

        if (Retry.BaseDelay <= TimeSpan.Zero || Retry.MaxDelay > PollyMaximum || Retry.MaxDelay < Retry.BaseDelay)
        {
            yield return $"{section}:{nameof(Retry)}:{nameof(Retry.BaseDelay)} and {nameof(Retry.MaxDelay)} must be positive and at most 24 h, with {nameof(Retry.MaxDelay)} at least {nameof(Retry.BaseDelay)}.";
        }

        if (Retry.MaxRetryAfter < TimeSpan.Zero)
        {
            yield return $"{section}:{nameof(Retry)}:{nameof(Retry.MaxRetryAfter)} cannot be negative.";
        }

        if (CircuitBreaker.FailureRatio is <= 0 or > 1)
        {
            yield return $"{section}:{nameof(CircuitBreaker)}:{nameof(CircuitBreaker.FailureRatio)} must be above 0 and at most 1.";
        }

        if (CircuitBreaker.MinimumThroughput < 2)
        {
            yield return $"{section}:{nameof(CircuitBreaker)}:{nameof(CircuitBreaker.MinimumThroughput)} must be at least 2.";
        }

        if (!IsBreakerDuration(CircuitBreaker.SamplingDuration) || !IsBreakerDuration(CircuitBreaker.BreakDuration))
        {
            yield return $"{section}:{nameof(CircuitBreaker)}: {nameof(CircuitBreaker.SamplingDuration)} and {nameof(CircuitBreaker.BreakDuration)} must be between 0.5 s and 24 h.";
        }

        // It travels in User-Agent, where a non-ASCII character fails or is mangled on the first call.
        if (ApplicationId is { } id && (id.Length > 64 || HeaderText.CredentialProblem(id, allowSpaces: false) is not null))
        {
            yield return $"{section}:{nameof(ApplicationId)} must be at most 64 printable ASCII characters with no spaces or control characters.";
        }

        foreach (var problem in GetAreaProblems())
        {
            yield return problem;
        }
    }

    /// <summary>Lists what is wrong with the area's own settings (credentials and the like).</summary>
    /// <returns>One sentence per problem.</returns>
    private protected abstract IEnumerable<string> GetAreaProblems();

    /// <summary>Builds the authentication the area's settings describe.</summary>
    /// <param name="logger">Where token refreshes are logged.</param>
    /// <returns>The authenticator.</returns>
    internal abstract Core.Auth.BadgeAuthenticator CreateAuthenticator(Microsoft.Extensions.Logging.ILogger logger);


    /// <summary>
    /// Says what is wrong with an address the SDK sends credentials to: it must be absolute and
    /// https; plain http is allowed only for loopback (local emulators and stubs).
    /// </summary>
    /// <param name="setting">The setting's name.</param>
    /// <param name="endpoint">The address.</param>
    /// <returns>The problem, naming the setting as a configuration key; <see langword="null"/> when the address is fine.</returns>
    private protected string? EndpointProblem(string setting, Uri? endpoint)
    {
        if (endpoint is null || !endpoint.IsAbsoluteUri)
        {
            return $"{SectionName}:{setting} must be an absolute URI.";
        }

        if (endpoint.Scheme == Uri.UriSchemeHttp && !endpoint.IsLoopback)
        {
            return $"{SectionName}:{setting} must use https; plain http is allowed only for loopback (local emulators and stubs), because credentials travel with its requests.";
        }

        return endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp
            ? $"{SectionName}:{setting} must be an http(s) URI."
            : null;
    }

    /// <summary>
    /// Says what keeps a credential from being sent as it is (a line break, a control or non-ASCII
    /// character, a space where none belongs), without quoting it. Blank values pass: the
    /// "required" checks report those.
    /// </summary>
    /// <param name="setting">The setting's name.</param>
    /// <param name="value">The credential.</param>
    /// <param name="allowSpaces">Whether spaces belong to the credential's alphabet (passwords and secrets).</param>
    /// <returns>The problem, naming the setting as a configuration key; <see langword="null"/> when the value is fine.</returns>
    private protected string? CredentialProblem(string setting, string? value, bool allowSpaces)
    {
        if (string.IsNullOrEmpty(value) || (!allowSpaces && string.IsNullOrWhiteSpace(value)))
        {
            return null;
        }

        return HeaderText.CredentialProblem(value, allowSpaces) is { } problem
            ? $"{SectionName}:{setting} {problem}; it must be printable ASCII{(allowSpaces ? string.Empty : " without spaces")}. (The value is not shown.)"
            : null;
    }

    /// <summary>Names a missing setting in the configuration-key style the other messages use.</summary>
    /// <param name="setting">The setting.</param>
    /// <param name="what">What it is.</param>
    /// <returns>The message.</returns>
    private protected string Missing(string setting, string what) => $"{SectionName}:{setting} is required: {what}.";

    // Polly refuses these at build time with its own ValidationException; say so here, naming the setting.
    private static bool IsTimeout(TimeSpan value) => value == Timeout.InfiniteTimeSpan || (value >= PollyMinimumTimeout && value <= PollyMaximum);

    private static bool IsBreakerDuration(TimeSpan value) => value >= TimeSpan.FromMilliseconds(500) && value <= PollyMaximum;
}
