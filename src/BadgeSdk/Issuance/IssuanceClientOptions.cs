using BadgeSdk.Core.Auth;
using Microsoft.Extensions.Logging;

namespace BadgeSdk.Issuance;

/// <summary>Settings for <see cref="IssuanceClient"/>, the IssueBadge credential API.</summary>
public sealed class IssuanceClientOptions : BadgeClientOptions
{
    /// <summary>IssueBadge's production API root.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://app.issuebadge.com/api/v1/");

    /// <summary>Gets or sets the API root. Default <see cref="DefaultBaseAddress"/>.</summary>
    public override Uri BaseAddress { get; set { ThrowIfFrozen(); field = value; } } = DefaultBaseAddress;

    /// <summary>
    /// Gets or sets the API token, sent as <c>Authorization: Bearer &lt;token&gt;</c>. IssueBadge
    /// tokens look like <c>123|abcdef…</c>. Never logged or printed. Must be printable ASCII without
    /// spaces (it travels in a header): a line break, control or non-ASCII character is refused when
    /// the client is built, with a message that names the setting but never shows the value.
    /// </summary>
    public string? ApiToken { get; set { ThrowIfFrozen(); field = value; } }

    /// <inheritdoc/>
    internal override string SectionName => "Issuance";

    /// <inheritdoc/>
    internal override BadgeAuthenticator CreateAuthenticator(ILogger logger) => new BearerTokenAuthenticator(ApiToken!);


    /// <inheritdoc/>
    private protected override IEnumerable<string> GetAreaProblems()
    {
        if (string.IsNullOrWhiteSpace(ApiToken))
        {
            yield return Missing(nameof(ApiToken), "the IssueBadge API token, sent as a Bearer token");
        }

        if (CredentialProblem(nameof(ApiToken), ApiToken, allowSpaces: false) is { } token)
        {
            yield return token;
        }
    }
}
