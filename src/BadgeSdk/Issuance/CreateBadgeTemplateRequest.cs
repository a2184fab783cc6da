namespace BadgeSdk.Issuance;

/// <summary>
/// A new badge template (<c>POST badge/create</c>). Sent as JSON, or as multipart form data when
/// a <see cref="Logo"/> is attached.
/// </summary>
/// <remarks>The request schema comes from IssueBadge's own client code; the response schema is not published.</remarks>
public sealed class CreateBadgeTemplateRequest
{
    /// <summary>The largest logo IssueBadge accepts: 2 MB.</summary>
    public const int MaxLogoBytes = 2 * 1024 * 1024;

    /// <summary>Initializes a request with the required fields.</summary>
    /// <param name="name">The template's name.</param>
    /// <param name="description">The template's description.</param>
    /// <param name="issuingOrganizationName">The organisation shown as issuer.</param>
    public CreateBadgeTemplateRequest(string name, string description, string issuingOrganizationName)
    {
        Name = name;
        Description = description;
        IssuingOrganizationName = issuingOrganizationName;
    }

    /// <summary>Gets the template's name.</summary>
    public string Name { get; }

    /// <summary>Gets the template's description.</summary>
    public string Description { get; }

    /// <summary>Gets the organisation shown as issuer (<c>issuing_organization_name</c>).</summary>
    public string IssuingOrganizationName { get; }

    /// <summary>Gets or sets a short name.</summary>
    public string? Nickname { get; set; }

    /// <summary>Gets or sets the text of the certificate's left panel.</summary>
    public string? LeftPanelDescription { get; set; }

    /// <summary>Gets or sets the organisation id.</summary>
    public string? OrganizationId { get; set; }

    /// <summary>Gets or sets an internal comment.</summary>
    public string? Comment { get; set; }

    /// <summary>Gets or sets a fixed expiry date for badges issued from the template.</summary>
    public DateOnly? ExpireDate { get; set; }

    /// <summary>Gets the custom fields badges from this template carry.</summary>
    public IList<BadgeTemplateField> CustomFields { get; } = [];

    /// <summary>Gets or sets the logo (<c>badge_logo</c>): an embedded JPEG, PNG, GIF or SVG of at most <see cref="MaxLogoBytes"/>.</summary>
    public BadgeImage? Logo { get; set; }

    /// <summary>Gets or sets the idempotency key, which this endpoint requires; generated when unset.</summary>
    public IdempotencyKey? IdempotencyKey { get; set; }
}
