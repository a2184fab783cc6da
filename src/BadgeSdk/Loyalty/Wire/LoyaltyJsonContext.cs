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
[JsonSerializable(typeof(BadgeGroupBodyWire))]
[JsonSerializable(typeof(CapillaryEnvelope<BadgeGroupWire>))]
[JsonSerializable(typeof(CapillaryEnvelope<BadgeGroupListWire>))]
[JsonSerializable(typeof(CustomFieldBodyWire))]
[JsonSerializable(typeof(CapillaryEnvelope<CustomFieldWire>))]
[JsonSerializable(typeof(CapillaryEnvelope<CustomFieldListWire>))]
[JsonSerializable(typeof(RevokeIssueWire))]
[JsonSerializable(typeof(CapillaryEnvelope<RevokeIssueDataWire>))]
[JsonSerializable(typeof(EarnWire))]
[JsonSerializable(typeof(CapillaryEnvelope<EarnDataWire>))]
[JsonSerializable(typeof(EarnBulkWire))]
[JsonSerializable(typeof(CapillaryEnvelope<EarnBulkDataWire>))]
[JsonSerializable(typeof(RevokeEarnWire))]
[JsonSerializable(typeof(CapillaryEnvelope<RevokeEarnDataWire>))]
[JsonSerializable(typeof(List<ImportBadgeWire>))]
[JsonSerializable(typeof(List<CapillaryEnvelope<EarnDataWire>>))]
[JsonSerializable(typeof(CapillaryEnvelope<CustomerBadgesWire>))]
[JsonSerializable(typeof(CapillaryEnvelope<CustomerBadgeListWire>))]
[JsonSerializable(typeof(CapillaryEnvelope<CustomerBadgeDetailsWire>))]
[JsonSerializable(typeof(long))]
internal sealed partial class LoyaltyJsonContext : JsonSerializerContext;
