namespace BadgeSdk.Issuance;

/// <summary>A badge template of the account (<c>GET badge/getall</c>).</summary>
/// <param name="Id">The template id to pass as <see cref="IssueBadgeRequest.BadgeId"/> (the API sends it as <c>id</c> or <c>badge_id</c>).</param>
/// <param name="Name">The template's name.</param>
/// <param name="Description">The description, when the API sent one.</param>
/// <param name="CreatedAt">When the template was created, when the API sent it.</param>
public sealed record BadgeTemplate(string Id, string? Name, string? Description, DateTimeOffset? CreatedAt);
