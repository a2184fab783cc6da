namespace BadgeSdk.Loyalty;

/// <summary>
/// A changed badge definition (Capillary <c>PUT badgeMeta</c>, the whole definition with its
/// <c>id</c>). Capillary replaces the definition, so send every field you want kept: read it with
/// <see cref="LoyaltyClient.GetBadgeAsync"/> first.
/// </summary>
/// <remarks>
/// Checked like a create (720, 724, 728) except that <see cref="BadgeDefinitionFields.StartOn"/>
/// may be in the past: a live badge keeps its start date, and changing it is Capillary's 723.
/// </remarks>
public sealed class UpdateBadgeRequest : BadgeDefinitionFields
{
    /// <summary>Initializes a request with the required fields.</summary>
    /// <param name="id">The badge's id (<see cref="BadgeDefinition.Id"/>).</param>
    /// <param name="name">The badge's name: unique in the organisation, case-sensitive (Capillary error 725).</param>
    /// <param name="startOn">When the badge starts; cannot change once the badge is live (Capillary 723).</param>
    /// <param name="expiresOn">When the badge ends; after <paramref name="startOn"/> and not in the past.</param>
    public UpdateBadgeRequest(string id, string name, DateTimeOffset startOn, DateTimeOffset expiresOn)
        : base(name, startOn, expiresOn)
    {
        Id = id;
    }

    /// <summary>Gets the badge's id.</summary>
    public string Id { get; }
}
