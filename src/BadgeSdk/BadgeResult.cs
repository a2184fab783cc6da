namespace BadgeSdk;

/// <summary>
/// What every operation's result shares: the HTTP response it was read from, reachable when you
/// need it (<see cref="GetRawResponse"/>) and out of the way when you do not, as Azure's
/// <c>Response&lt;T&gt;.GetRawResponse()</c> and OpenAI's <c>ClientResult.GetRawResponse()</c> do.
/// </summary>
/// <remarks>
/// The response is not part of the result's value: two results with the same values are equal
/// whichever responses they came from, and <c>ToString()</c> never prints headers or bodies.
/// </remarks>
public abstract record BadgeResult
{
    private BadgeResponse? _rawResponse;

    /// <summary>
    /// Gets the HTTP response this result was read from: status, headers, the server's request id and
    /// the raw body. For <c>IssueBulk</c> and <c>EarnBulk</c> over several chunks, the last chunk's response that was answered.
    /// </summary>
    /// <returns>
    /// The response, or <see langword="null"/> for a result you constructed yourself and for a result
    /// settled by a read-back rather than by its own answer (a <c>CreateBadge</c> or
    /// <c>CreateBadgeGroup</c> with <c>Recovered</c>, an <c>EarnBadge</c> or <c>RevokeEarn</c> with
    /// <c>AlreadyProcessed</c>), which no single response carries.
    /// </returns>
    public BadgeResponse? GetRawResponse() => _rawResponse;

    /// <inheritdoc/>
    public virtual bool Equals(BadgeResult? other) => other is not null && EqualityContract == other.EqualityContract;

    /// <inheritdoc/>
    public override int GetHashCode() => EqualityContract.GetHashCode();

    /// <summary>Records the response the result was read from; the transport's one hook, used through <c>BadgeHttpRequest.Complete</c>.</summary>
    /// <param name="response">The response.</param>
    internal void SetRawResponse(BadgeResponse? response) => _rawResponse = response;
}
