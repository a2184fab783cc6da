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
    /// Gets or sets the JSON name of the pass template id in the <c>passSendPushNotification</c> body.
    /// Inferred: the getting-started page names the operation but shows no body, so the default
    /// (<c>passTemplateId</c>, as <c>userPassUpsert</c> spells it) is the SDK's reading.
    /// </summary>
    public string PushNotificationTemplateIdField { get; set { ThrowIfFrozen(); field = value; } } = "passTemplateId";

    /// <summary>
    /// Gets or sets the JSON name of the pass id in the <c>passSendPushNotification</c> body.
    /// Inferred, as <see cref="PushNotificationTemplateIdField"/>: the page says only "Ensure you track
    /// the passId that you set for each pass"; default <c>passId</c>.
    /// </summary>
    public string PushNotificationPassIdField { get; set { ThrowIfFrozen(); field = value; } } = "passId";

    /// <summary>
    /// Gets or sets the JSON name of the text in the <c>passSendPushNotification</c> body. Inferred
    /// (no page shows it); default <c>message</c>.
    /// </summary>
    public string PushNotificationMessageField { get; set { ThrowIfFrozen(); field = value; } } = "message";

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

        var names = new[] { (nameof(PushNotificationTemplateIdField), PushNotificationTemplateIdField), (nameof(PushNotificationPassIdField), PushNotificationPassIdField), (nameof(PushNotificationMessageField), PushNotificationMessageField) };
        foreach (var (setting, name) in names.Where(n => string.IsNullOrWhiteSpace(n.Item2) || LoneSurrogate.IndexOf(n.Item2) >= 0))
        {
            yield return $"{SectionName}:{setting} must be a JSON member name (not blank, no unpaired surrogate).";
        }

        if (names.Select(n => n.Item2).Distinct(StringComparer.Ordinal).Count() != names.Length)
        {
            yield return $"{SectionName}:{nameof(PushNotificationTemplateIdField)}, {nameof(PushNotificationPassIdField)} and {nameof(PushNotificationMessageField)} must differ.";
        }
    }
}
