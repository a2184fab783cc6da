using System.Text.Json.Serialization;

namespace BadgeSdk.Issuance.Wire;

/// <summary><c>{api_key}</c> for <c>validate-key</c>.</summary>
internal sealed class ValidateKeyPayload
{
    [JsonPropertyName("api_key")]
    public required string ApiKey { get; init; }

    // The key is a secret; never print it.
    public override string ToString() => "ValidateKeyPayload { ApiKey = *** }";
}
