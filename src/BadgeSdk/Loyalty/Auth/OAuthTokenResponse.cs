namespace BadgeSdk.Loyalty.Auth;

/// <summary>The body of <c>POST /v3/oauth/token/generate</c>: <c>{"data":{"accessToken","ttlSeconds"},"errors"}</c>.</summary>
internal sealed class OAuthTokenResponse
{
    public OAuthTokenData? Data { get; set; }

    public List<Wire.CapillaryErrorWire>? Errors { get; set; }
}
