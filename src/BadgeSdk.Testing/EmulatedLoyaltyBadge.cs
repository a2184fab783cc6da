using System.Text.Json.Nodes;

namespace BadgeSdk.Testing;

/// <summary>A badge definition the emulated Capillary API holds.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name (unique, case-sensitive).</param>
/// <param name="StartOn">When it starts.</param>
/// <param name="ExpiresOn">When it ends.</param>
/// <param name="Definition">The stored definition, as the API returns it.</param>
public sealed record EmulatedLoyaltyBadge(string Id, string Name, DateTimeOffset StartOn, DateTimeOffset ExpiresOn, JsonObject Definition);
