using System.Text.Json;
using System.Text.Json.Serialization;

namespace BadgeSdk.Passes.Wire;

/// <summary>The <c>userPassUpsert</c> body as the getting-started page shows it.</summary>
internal sealed class UserPassUpsertWire
{
    public required string PassTemplateId { get; init; }

    public required PassUserWire User { get; init; }

    public PassWire? Pass { get; init; }

    /// <summary>Members whose names are configured, not compiled in (the invite-email flag).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
