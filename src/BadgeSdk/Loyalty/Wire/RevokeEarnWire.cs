using System.Text.Json;

namespace BadgeSdk.Loyalty.Wire;

/// <summary>The <c>revokeEarn</c> body; <c>customerId</c> is a number for a Capillary id (as in the example) and text for another identifier.</summary>
internal sealed class RevokeEarnWire
{
    public required string BadgeMetaId { get; init; }

    public required JsonElement CustomerId { get; init; }

    public required string EarnedBadgeId { get; init; }
}
