using BadgeSdk.Core.Auth;
using BadgeSdk.Core.Validation;
using BadgeSdk.Loyalty.Auth;
using Microsoft.Extensions.Logging;

namespace BadgeSdk.Loyalty;

/// <summary>
/// Settings for <see cref="LoyaltyClient"/>, the Capillary badges API. Configure either Basic
/// authentication (<see cref="TillId"/> and <see cref="Password"/>) or OAuth
/// (<see cref="OAuthClientKey"/> and <see cref="OAuthClientSecret"/>).
/// </summary>
/// <remarks>
/// Credentials are checked when a client is built (or at start-up with dependency injection): a
/// line break, control or non-ASCII character, or a space in the till id or client key, is an
/// <see cref="ArgumentException"/> naming the setting, never showing its value.
/// </remarks>
public sealed class LoyaltyClientOptions : BadgeClientOptions
{
    /// <summary>The header Capillary's badge examples carry the OAuth token in.</summary>
    public const string DefaultOAuthTokenHeaderName = "X-CAP-API-OAUTH-TOKEN";

    /// <summary>Gets or sets the cluster's API root. Default <see cref="CapillaryRegion.India"/>; use <see cref="UseRegion"/> or any custom address.</summary>
    public override Uri BaseAddress { get; set { ThrowIfFrozen(); field = value; } } = CapillaryRegion.India.BaseAddress;

    /// <summary>Gets or sets the till id, for Basic authentication: printable ASCII without spaces or <c>:</c>.</summary>
    public string? TillId { get; set { ThrowIfFrozen(); field = value; } }

    /// <summary>Gets or sets the till password, for Basic authentication; sent as its MD5 digest, never in clear. Printable ASCII (spaces allowed).</summary>
    public string? Password { get; set { ThrowIfFrozen(); field = value; } }

    /// <summary>Gets or sets a value indicating whether <see cref="Password"/> already holds the MD5 digest (32 hex digits) rather than the password.</summary>
    public bool PasswordIsMd5 { get; set { ThrowIfFrozen(); field = value; } }

    /// <summary>Gets or sets the API client key, for OAuth: printable ASCII without spaces.</summary>
    public string? OAuthClientKey { get; set { ThrowIfFrozen(); field = value; } }

    /// <summary>Gets or sets the API client secret, for OAuth: printable ASCII (spaces allowed). Never logged or printed.</summary>
    public string? OAuthClientSecret { get; set { ThrowIfFrozen(); field = value; } }

    /// <summary>
    /// Gets or sets the header that carries the OAuth access token. Default
    /// <c>X-CAP-API-OAUTH-TOKEN</c>, as Capillary's badge examples show; its API overview names
    /// <c>CAP-API-ACCESS-TOKEN</c> instead (the docs conflict, so this is inferred: change it if
    /// your cluster expects the other). Must be a valid HTTP header name (an RFC 9110 token).
    /// </summary>
    public string OAuthTokenHeaderName { get; set { ThrowIfFrozen(); field = value; } } = DefaultOAuthTokenHeaderName;

    /// <summary>
    /// Gets or sets the token endpoint. Default <c>{BaseAddress}v3/oauth/token/generate</c>. It
    /// receives the client secret, so it must be https, like <see cref="BaseAddress"/> (plain http
    /// only for loopback).
    /// </summary>
    public Uri? OAuthTokenEndpoint { get; set { ThrowIfFrozen(); field = value; } }

    /// <summary>
    /// Gets or sets how many customers one <c>issueBulk</c> request carries; larger lists are split.
    /// Capillary documents no maximum. Default 100.
    /// </summary>
    public int IssueBulkChunkSize { get; set { ThrowIfFrozen(); field = value; } } = 100;

    /// <summary>Gets or sets how many <c>issueBulk</c> chunks may be in flight at once. Default 4.</summary>
    public int IssueBulkMaxConcurrency { get; set { ThrowIfFrozen(); field = value; } } = 4;

    /// <summary>
    /// Gets or sets the query parameter that selects a page of the badge list (0-based). Default
    /// <c>page</c>. Inferred: the get-all-badges page documents a <c>pagination.page</c> in the
    /// answer but no paging parameter; <c>page</c> is what Capillary's other badge lists take.
    /// Change it if your cluster pages differently.
    /// </summary>
    public string ListBadgesPageParameterName { get; set { ThrowIfFrozen(); field = value; } } = "page";

    /// <summary>
    /// Gets or sets the query parameter that sets the badge list's page size. Default <c>limit</c>,
    /// as Capillary's get-all-badges text names it ("default 10"); the answer calls it
    /// <c>pagination.size</c> and the other badge lists take <c>size</c>, so this is inferred:
    /// change it to <c>size</c> if your cluster ignores <c>limit</c>.
    /// </summary>
    public string ListBadgesPageSizeParameterName { get; set { ThrowIfFrozen(); field = value; } } = "limit";

    /// <summary>
    /// Gets or sets the path segment that activates a badge (<c>PUT badgeMeta/{badgeId}/{segment}</c>).
    /// Default <c>activate</c>, as the reference page's values and examples spell it; its text also
    /// writes "Activate", so change it if your cluster is case-sensitive the other way.
    /// </summary>
    public string ActivatePathSegment { get; set { ThrowIfFrozen(); field = value; } } = "activate";

    /// <summary>Gets or sets the path segment that deactivates a badge. Default <c>deactivate</c> (see <see cref="ActivatePathSegment"/>).</summary>
    public string DeactivatePathSegment { get; set { ThrowIfFrozen(); field = value; } } = "deactivate";

    /// <summary>
    /// Gets or sets how <see cref="GetFixedWindowDetailsRequest.StartDate"/> and
    /// <see cref="GetFixedWindowDetailsRequest.EndDate"/> are written (a .NET custom date format,
    /// applied in UTC). Default ISO-8601 <c>yyyy-MM-ddTHH:mm:ssZ</c>, the form Capillary's badge
    /// list documents for its date filters; the fixed-window page types the dates as strings with
    /// no format, so this is inferred.
    /// </summary>
    public string FixedWindowDateFormat { get; set { ThrowIfFrozen(); field = value; } } = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>Points the client at a Capillary cluster.</summary>
    /// <param name="region">The cluster.</param>
    /// <returns>These options.</returns>
    public LoyaltyClientOptions UseRegion(CapillaryRegion region)
    {
        ArgumentNullException.ThrowIfNull(region);
        BaseAddress = region.BaseAddress;
        return this;
    }

    /// <inheritdoc/>
    internal override string SectionName => "Loyalty";

    private bool UsesOAuth => !string.IsNullOrWhiteSpace(OAuthClientKey) || !string.IsNullOrWhiteSpace(OAuthClientSecret);

    private bool UsesBasic => !string.IsNullOrWhiteSpace(TillId) || !string.IsNullOrEmpty(Password);

    /// <inheritdoc/>
    internal override BadgeAuthenticator CreateAuthenticator(ILogger logger)
    {
        if (!UsesOAuth)
        {
            return new CapillaryBasicAuthenticator(TillId!, Password!, PasswordIsMd5);
        }

        var root = BaseAddress.AbsoluteUri.EndsWith('/') ? BaseAddress : new Uri(BaseAddress.AbsoluteUri + "/");
        var endpoint = OAuthTokenEndpoint ?? new Uri(root, CapillaryOAuthAuthenticator.DefaultTokenPath);
        return new CapillaryOAuthAuthenticator(OAuthClientKey!, OAuthClientSecret!, OAuthTokenHeaderName, endpoint, Clock(), logger);
    }


    /// <summary>Lists credentials that could not be sent as given, without quoting them.</summary>
    /// <returns>One sentence per problem.</returns>
    private IEnumerable<string> GetCredentialProblems()
    {
        // Capillary's Basic user id ends at the first ':' (RFC 7617), so a till id cannot hold one.
        if (CredentialProblem(nameof(TillId), TillId, allowSpaces: false) is { } till)
        {
            yield return till;
        }
        else if (TillId?.Contains(':', StringComparison.Ordinal) == true)
        {
            yield return $"{SectionName}:{nameof(TillId)} cannot contain ':', which ends the user id in Basic authentication.";
        }

        if (CredentialProblem(nameof(Password), Password, allowSpaces: true) is { } password)
        {
            yield return password;
        }
        else if (PasswordIsMd5 && !string.IsNullOrEmpty(Password) && (Password.Length != 32 || !Password.All(char.IsAsciiHexDigit)))
        {
            yield return $"{SectionName}:{nameof(Password)} must be 32 hex digits (an MD5 digest) when {nameof(PasswordIsMd5)} is true. (The value is not shown.)";
        }

        if (CredentialProblem(nameof(OAuthClientKey), OAuthClientKey, allowSpaces: false) is { } key)
        {
            yield return key;
        }

        if (CredentialProblem(nameof(OAuthClientSecret), OAuthClientSecret, allowSpaces: true) is { } secret)
        {
            yield return secret;
        }
    }

    /// <inheritdoc/>
    private protected override IEnumerable<string> GetAreaProblems()
    {
        if (UsesOAuth == UsesBasic)
        {
            yield return $"{SectionName}: configure exactly one of Basic ({nameof(TillId)} and {nameof(Password)}) or OAuth ({nameof(OAuthClientKey)} and {nameof(OAuthClientSecret)}) authentication.";
        }
        else if (UsesOAuth && (string.IsNullOrWhiteSpace(OAuthClientKey) || string.IsNullOrWhiteSpace(OAuthClientSecret)))
        {
            yield return $"{SectionName}: OAuth needs both {nameof(OAuthClientKey)} and {nameof(OAuthClientSecret)}.";
        }
        else if (UsesBasic && (string.IsNullOrWhiteSpace(TillId) || string.IsNullOrEmpty(Password)))
        {
            yield return $"{SectionName}: Basic authentication needs both {nameof(TillId)} and {nameof(Password)}.";
        }

        foreach (var problem in GetCredentialProblems())
        {
            yield return problem;
        }

        if (string.IsNullOrWhiteSpace(OAuthTokenHeaderName))
        {
            yield return Missing(nameof(OAuthTokenHeaderName), "the header that carries the OAuth token");
        }
        else if (!HeaderText.IsToken(OAuthTokenHeaderName))
        {
            yield return $"{SectionName}:{nameof(OAuthTokenHeaderName)} must be a valid HTTP header name: ASCII letters, digits and ! # $ % & ' * + - . ^ _ ` | ~, with no spaces, colons or line breaks.";
        }

        // The token endpoint receives the client secret.
        if (OAuthTokenEndpoint is not null && EndpointProblem(nameof(OAuthTokenEndpoint), OAuthTokenEndpoint) is { } endpoint)
        {
            yield return endpoint;
        }

        foreach (var (name, value) in new[]
        {
            (nameof(ListBadgesPageParameterName), ListBadgesPageParameterName),
            (nameof(ListBadgesPageSizeParameterName), ListBadgesPageSizeParameterName),
            (nameof(ActivatePathSegment), ActivatePathSegment),
            (nameof(DeactivatePathSegment), DeactivatePathSegment),
            (nameof(FixedWindowDateFormat), FixedWindowDateFormat),
        })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                yield return $"{SectionName}:{name} cannot be empty.";
            }
        }

        if (IssueBulkChunkSize < 1)
        {
            yield return $"{SectionName}:{nameof(IssueBulkChunkSize)} must be at least 1.";
        }

        if (IssueBulkMaxConcurrency < 1)
        {
            yield return $"{SectionName}:{nameof(IssueBulkMaxConcurrency)} must be at least 1.";
        }
    }
}
