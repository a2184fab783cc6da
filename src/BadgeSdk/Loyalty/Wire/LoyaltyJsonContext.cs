using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;
using BadgeSdk.Loyalty.Auth;

namespace BadgeSdk.Loyalty.Wire;

/// <summary>Source-generated JSON for the Capillary badges API.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(LenientStringConverter)])]
[JsonSerializable(typeof(BadgeMetaWire))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(CapillaryEnvelope<BadgeMetaWire>))]
[JsonSerializable(typeof(IssueBulkWire))]
[JsonSerializable(typeof(CapillaryErrorBody))]
[JsonSerializable(typeof(OAuthTokenRequest))]
[JsonSerializable(typeof(OAuthTokenResponse))]
[JsonSerializable(typeof(CapillaryEnvelope<IssueBulkDataWire>))]
[JsonSerializable(typeof(CapillaryEnvelope<BadgeListWire>))]
[JsonSerializable(typeof(CapillaryEnvelope<FixedWindowDetailsWire>))]
[JsonSerializable(typeof(CapillaryEnvelope<ActivationWire>))]
[JsonSerializable(typeof(CapillaryEnvelope<ClaimWire>))]
[JsonSerializable(typeof(ClaimWire))]
internal sealed partial class LoyaltyJsonContext : JsonSerializerContext;
