using System.Text.Json.Serialization;
using BadgeSdk.Core.Auth;

namespace BadgeSdk.Core.Json;

/// <summary>Source-generated serialization for the transport's own payloads (OAuth tokens).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(OAuthTokenRequest))]
[JsonSerializable(typeof(OAuthTokenResponse))]
internal sealed partial class CoreJsonContext : JsonSerializerContext;
