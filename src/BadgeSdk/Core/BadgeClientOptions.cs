namespace BadgeSdk;

/// <summary>Settings every BadgeSdk client shares: endpoint, timeouts, retries, circuit breaker and identity.</summary>
/// <remarks>A client reads its options once, when it is constructed; later changes do not affect it.</remarks>
public abstract class BadgeClientOptions
{
    /// <summary>Gets or sets the API's base address. Each area has its vendor's production default.</summary>
    public abstract Uri BaseAddress { get; set; }

    /// <summary>Gets or sets the longest one attempt may take before it is abandoned (and retried when safe). Default 30 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets the longest a whole call may take, retries and backoff included. Default 2 minutes.</summary>
    public TimeSpan OverallTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Gets the retry settings.</summary>
    public BadgeRetryOptions Retry { get; } = new();

    /// <summary>Gets the circuit breaker settings.</summary>
    public BadgeCircuitBreakerOptions CircuitBreaker { get; } = new();

    /// <summary>
    /// Gets or sets a value indicating whether the SDK's own resilience (timeouts, retries,
    /// circuit breaker) runs. Turn it off when you add your own resilience handler to the
    /// client's <c>IHttpClientBuilder</c>, so that attempts are not retried twice over. Default <see langword="true"/>.
    /// </summary>
    public bool EnableResilience { get; set; } = true;

    /// <summary>Gets or sets an optional application id appended to the <c>User-Agent</c> header (for example <c>contoso-hr/2.1</c>).</summary>
    public string? ApplicationId { get; set; }

    /// <summary>Gets or sets the clock used for backoff, timeouts and token expiry; tests may replace it. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Checks the settings every client shares.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it.</exception>
    internal void ValidateCommon()
    {
        if (BaseAddress is null || !BaseAddress.IsAbsoluteUri)
        {
            throw new ArgumentException($"{nameof(BaseAddress)} must be an absolute URI.", nameof(BaseAddress));
        }

        RequirePositive(AttemptTimeout, nameof(AttemptTimeout));
        RequirePositive(OverallTimeout, nameof(OverallTimeout));
        if (Retry.MaxRetries < 0)
        {
            throw new ArgumentException($"{nameof(Retry)}.{nameof(Retry.MaxRetries)} cannot be negative.", nameof(Retry));
        }

        RequirePositive(Retry.BaseDelay, $"{nameof(Retry)}.{nameof(Retry.BaseDelay)}");
        RequirePositive(Retry.MaxDelay, $"{nameof(Retry)}.{nameof(Retry.MaxDelay)}");
        if (Retry.MaxRetryAfter < TimeSpan.Zero)
        {
            throw new ArgumentException($"{nameof(Retry)}.{nameof(Retry.MaxRetryAfter)} cannot be negative.", nameof(Retry));
        }

        if (CircuitBreaker.FailureRatio is <= 0 or > 1)
        {
            throw new ArgumentException($"{nameof(CircuitBreaker)}.{nameof(CircuitBreaker.FailureRatio)} must be above 0 and at most 1.", nameof(CircuitBreaker));
        }
    }

    private static void RequirePositive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero && value != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentException($"{name} must be positive.", name);
        }
    }
}
