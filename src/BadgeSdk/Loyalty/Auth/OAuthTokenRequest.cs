namespace BadgeSdk.Loyalty.Auth;

/// <summary>The body Capillary's token endpoint takes.</summary>
/// <param name="Key">The API client key.</param>
/// <param name="Secret">The API client secret.</param>
internal sealed record OAuthTokenRequest(string Key, string Secret)
{
    // A record prints its members; this one holds a secret.
    public override string ToString() => "OAuthTokenRequest { Key = ***, Secret = *** }";
}
