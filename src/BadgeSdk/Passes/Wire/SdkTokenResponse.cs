namespace BadgeSdk.Passes.Wire;

/// <summary><c>{token}</c>.</summary>
internal sealed class SdkTokenResponse
{
    public string? Token { get; set; }

    public override string ToString() => "SdkTokenResponse { Token = *** }";
}
