namespace BadgeSdk.Passes.Wire;

/// <summary><c>user</c>: <c>{id, email, attributes}</c>.</summary>
internal sealed class PassUserWire
{
    public required string Id { get; init; }

    public string? Email { get; init; }

    public IDictionary<string, string>? Attributes { get; init; }
}
