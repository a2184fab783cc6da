namespace BadgeSdk.Loyalty.Auth;

/// <summary>The <c>data</c> member of Capillary's token response.</summary>
internal sealed class OAuthTokenData
{
    public string? AccessToken { get; set; }

    public long TtlSeconds { get; set; }
}
