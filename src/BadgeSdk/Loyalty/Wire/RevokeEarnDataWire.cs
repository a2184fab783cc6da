using System.Text.Json;

namespace BadgeSdk.Loyalty.Wire;

/// <summary>The <c>data</c> of a <c>revokeEarn</c> answer.</summary>
internal sealed class RevokeEarnDataWire
{
    public string? BadgeMetaId { get; set; }

    public JsonElement? CustomerId { get; set; }

    public string? EarnedBadgeId { get; set; }

    public bool? IsActive { get; set; }
}
