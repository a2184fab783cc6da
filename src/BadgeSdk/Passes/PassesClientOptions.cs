using BadgeSdk.Core.Auth;
using BadgeSdk.Core.Validation;
using Microsoft.Extensions.Logging;

namespace BadgeSdk.Passes;

/// <summary>Settings for <see cref="PassesClient"/>, the Badge mobile wallet passes API.</summary>
public sealed class PassesClientOptions : BadgeClientOptions
{
    /// <summary>Badge's production API root.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://api.trybadge.com/");

    /// <summary>The push notification route the getting-started page names (inferred: no reference page is published).</summary>
    public const string DefaultPushNotificationPath = "v0/rpc/passSendPushNotification";

    /// <summary>Gets or sets the API root. Default <see cref="DefaultBaseAddress"/>.</summary>
    public override Uri BaseAddress { get; set { ThrowIfFrozen(); field = value; } } = DefaultBaseAddress;

    /// <summary>
    /// Gets or sets the workspace API key (Workspace → Settings → API Management), sent as a Bearer
    /// token. Never logged or printed. Must be printable ASCII without spaces; anything else is
    /// refused when the client is built, naming the setting but never showing the value.
    /// </summary>
    public string? ApiKey { get; set { ThrowIfFrozen(); field = value; } }

    /// <summary>
    /// Gets or sets the route of <c>passSendPushNotification</c>, relative to <see cref="BaseAddress"/>.
    /// Its schema and route are not published (only the getting-started page names it), so it can
    /// be changed here without waiting for an SDK release.
    /// </summary>
    /// <remarks>
    /// The request carries the API key, so the route must stay under <see cref="BaseAddress"/>:
    /// ASCII letters, digits and <c>- . _ ~ ! $ &amp; ' ( ) * + , ; = : @</c> in <c>/</c>-separated
    /// segments, with no <c>.</c> or <c>..</c> segment, no percent-encoding, backslash, query or
    /// fragment, and no <c>:</c> in the first segment (it would read as a URI scheme). Leading
    /// <c>/</c> are ignored: <c>/v1/push</c> is <c>v1/push</c> under the base address's path.
    /// Anything else is refused when the client is built.
    /// </remarks>
    public string PushNotificationPath { get; set { ThrowIfFrozen(); field = value; } } = DefaultPushNotificationPath;

    /// <summary>
    /// Gets or sets the JSON name of <c>userPassUpsert</c>'s "send the invite email" flag. Badge's
    /// reference page describes the flag but does not show its name, so the SDK does not guess:
    /// <see cref="UpsertUserPassRequest.SendInviteEmail"/> can only be used once this is set to the
    /// name your account manager confirms. Default <see langword="null"/> (the flag is never sent).
    /// </summary>
    public string? InviteEmailFieldName { get; set { ThrowIfFrozen(); field = value; } }

    /// <inheritdoc/>
    internal override string SectionName => "Passes";

    /// <inheritdoc/>
    internal override BadgeAuthenticator CreateAuthenticator(ILogger logger) => new BearerTokenAuthenticator(ApiKey!);


    /// <inheritdoc/>
    private protected override IEnumerable<string> GetAreaProblems()
    {
        if (string.IsNullOrWhiteSpace(ApiKey))
        {
            yield return Missing(nameof(ApiKey), "the Badge workspace API key, sent as a Bearer token");
        }

        if (CredentialProblem(nameof(ApiKey), ApiKey, allowSpaces: false) is { } key)
        {
            yield return key;
        }

        if (RelativePath.Problem(PushNotificationPath) is { } path)
        {
            yield return $"{SectionName}:{nameof(PushNotificationPath)} must be a path relative to {nameof(BaseAddress)}: {path}.";
        }
    }
}
