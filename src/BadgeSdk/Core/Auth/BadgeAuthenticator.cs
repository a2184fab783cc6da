namespace BadgeSdk.Core.Auth;

/// <summary>Puts credentials on a request. Runs on every attempt, so a retried request is never sent without them.</summary>
internal abstract class BadgeAuthenticator
{
    /// <summary>Adds the credentials to <paramref name="request"/>.</summary>
    /// <param name="request">The outgoing attempt.</param>
    /// <param name="send">Sends a request below the authentication layer (used to fetch tokens).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The credential used, so a 401 can tell whether it is already stale; <see langword="null"/> when nothing can be refreshed.</returns>
    public abstract ValueTask<string?> ApplyAsync(HttpRequestMessage request, HttpSender send, CancellationToken cancellationToken);

    /// <summary>Called on a 401; returns <see langword="true"/> when fresh credentials were obtained and the attempt should be sent once more.</summary>
    /// <param name="request">The rejected attempt.</param>
    /// <param name="rejectedCredential">What <see cref="ApplyAsync"/> returned for the rejected attempt.</param>
    /// <param name="send">Sends a request below the authentication layer.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Whether to resend.</returns>
    public virtual ValueTask<bool> RefreshAfterUnauthorizedAsync(HttpRequestMessage request, string? rejectedCredential, HttpSender send, CancellationToken cancellationToken)
        => ValueTask.FromResult(false);
}
