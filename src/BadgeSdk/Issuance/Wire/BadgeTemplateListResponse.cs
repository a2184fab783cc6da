namespace BadgeSdk.Issuance.Wire;

/// <summary><c>{success, data:[...]}</c> from <c>badge/getall</c>.</summary>
internal sealed class BadgeTemplateListResponse : IssuanceEnvelope
{
    public List<BadgeTemplateItem>? Data { get; set; }
}
