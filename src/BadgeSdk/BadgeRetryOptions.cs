namespace BadgeSdk;

/// <summary>How the SDK retries a failed attempt.</summary>
/// <remarks>
/// Retried: connection failures, attempt timeouts, HTTP 408, 429, 500, 502, 503 and 504. A write is
/// retried only when it is safe: it carries an idempotency key or request id that the SDK holds
/// fixed across attempts, or it is an upsert. A write that is not idempotent (a push notification)
/// is retried only when the connection was refused, which proves the server never saw it.
/// </remarks>
public sealed class BadgeRetryOptions
{
    /// <summary>Gets or sets how many retries follow the first attempt. Default 3; 0 turns retries off.</summary>
    public int MaxRetries { get; set { ThrowIfFrozen(); field = value; } } = 3;

    /// <summary>Gets or sets the delay before the first retry; each later retry doubles it, with jitter. Above zero and at most 24 h. Default 0.5 s.</summary>
    public TimeSpan BaseDelay { get; set { ThrowIfFrozen(); field = value; } } = TimeSpan.FromMilliseconds(500);

    /// <summary>Gets or sets the longest computed backoff delay: at least <see cref="BaseDelay"/> and at most 24 h. Default 30 s.</summary>
    public TimeSpan MaxDelay { get; set { ThrowIfFrozen(); field = value; } } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets or sets the longest <c>Retry-After</c> the SDK will wait out. When the server asks for
    /// longer, the call fails at once with <see cref="BadgeRateLimitException"/> (or
    /// <see cref="BadgeTransientException"/> for a 503) carrying the requested wait, instead of
    /// sleeping for hours. Default 60 s.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set { ThrowIfFrozen(); field = value; } } = TimeSpan.FromSeconds(60);

    /// <summary>Gets or sets a value indicating whether backoff delays are randomised to spread out retries. Default <see langword="true"/>.</summary>
    public bool UseJitter { get; set { ThrowIfFrozen(); field = value; } } = true;

    private bool _frozen;

    /// <summary>Makes the settings read-only: a client uses them from now on.</summary>
    internal void Freeze() => _frozen = true;

    private void ThrowIfFrozen() => FrozenOptions.ThrowIf(_frozen);
}
