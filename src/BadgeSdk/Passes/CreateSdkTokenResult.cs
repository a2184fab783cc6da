namespace BadgeSdk.Passes;

/// <summary>A Badge Web SDK token (a JWT, valid for 2 hours), from <see cref="PassesClient.CreateSdkTokenAsync"/>. Make a new one for each Web SDK instance.</summary>
/// <param name="Token">The token. A credential: never printed by <see cref="ToString"/>.</param>
public sealed record CreateSdkTokenResult(string Token) : BadgeResult
{
    /// <inheritdoc/>
    public override string ToString() => "CreateSdkTokenResult { Token = *** }";
}
