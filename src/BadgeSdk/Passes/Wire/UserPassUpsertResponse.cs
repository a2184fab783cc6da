namespace BadgeSdk.Passes.Wire;

/// <summary><c>{pass: {downloadUrl}}</c>.</summary>
internal sealed class UserPassUpsertResponse
{
    public PassWire? Pass { get; set; }
}
