using System.Text.Json.Serialization;

namespace BadgeSdk.Issuance.Wire;

/// <summary>Source-generated JSON for the IssueBadge API.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IssueBadgeResponse))]
[JsonSerializable(typeof(BadgeTemplateListResponse))]
[JsonSerializable(typeof(CreateTemplateResponse))]
[JsonSerializable(typeof(CreateTemplatePayload))]
[JsonSerializable(typeof(List<TemplateFieldPayload>))]
[JsonSerializable(typeof(ValidateKeyPayload))]
[JsonSerializable(typeof(IssuanceEnvelope))]
internal sealed partial class IssuanceJsonContext : JsonSerializerContext;
