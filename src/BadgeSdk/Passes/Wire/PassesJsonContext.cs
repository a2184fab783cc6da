using System.Text.Json.Serialization;

namespace BadgeSdk.Passes.Wire;

/// <summary>Source-generated JSON for the Badge passes API.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(UserPassUpsertWire))]
[JsonSerializable(typeof(UserPassUpsertResponse))]
[JsonSerializable(typeof(PassTemplateListResponse))]
[JsonSerializable(typeof(SdkTokenWire))]
[JsonSerializable(typeof(SdkTokenResponse))]
[JsonSerializable(typeof(WebhookEndpointWire))]
[JsonSerializable(typeof(PassesErrorBody))]
[JsonSerializable(typeof(bool))]
internal sealed partial class PassesJsonContext : JsonSerializerContext;
