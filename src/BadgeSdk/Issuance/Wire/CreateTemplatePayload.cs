using System.Text.Json.Serialization;

namespace BadgeSdk.Issuance.Wire;

/// <summary>The JSON body of <c>badge/create</c>, in IssueBadge's snake_case names.</summary>
internal sealed class CreateTemplatePayload
{
    public required string Name { get; init; }

    public required string Description { get; init; }

    [JsonPropertyName("issuing_organization_name")]
    public required string IssuingOrganizationName { get; init; }

    [JsonPropertyName("idempotency_key")]
    public required string IdempotencyKey { get; init; }

    public string? Nickname { get; init; }

    [JsonPropertyName("left_panel_description")]
    public string? LeftPanelDescription { get; init; }

    [JsonPropertyName("organization_id")]
    public string? OrganizationId { get; init; }

    public string? Comment { get; init; }

    [JsonPropertyName("expire_date")]
    public DateOnly? ExpireDate { get; init; }

    [JsonPropertyName("custom_fields")]
    public List<TemplateFieldPayload>? CustomFields { get; init; }
}
