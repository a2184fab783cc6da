using BadgeSdk.Core.Validation;

namespace BadgeSdk.Issuance;

/// <summary>The checks made on a <see cref="CreateBadgeTemplateRequest"/> before anything is sent.</summary>
internal static class BadgeTemplateValidator
{
    private static readonly HashSet<string> LogoTypes = new(StringComparer.Ordinal) { "image/jpeg", "image/png", "image/gif", "image/svg+xml" };

    public static void Validate(CreateBadgeTemplateRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        BadgeValidationException.ThrowIfBlank(request.Name, nameof(request.Name));
        BadgeValidationException.ThrowIfBlank(request.Description, nameof(request.Description));
        BadgeValidationException.ThrowIfBlank(request.IssuingOrganizationName, nameof(request.IssuingOrganizationName));
        LoneSurrogate.ThrowIfAny(request.Name, nameof(request.Name));
        LoneSurrogate.ThrowIfAny(request.Description, nameof(request.Description));
        LoneSurrogate.ThrowIfAny(request.IssuingOrganizationName, nameof(request.IssuingOrganizationName));
        LoneSurrogate.ThrowIfAny(request.Nickname, nameof(request.Nickname));
        LoneSurrogate.ThrowIfAny(request.LeftPanelDescription, nameof(request.LeftPanelDescription));
        LoneSurrogate.ThrowIfAny(request.OrganizationId, nameof(request.OrganizationId));
        LoneSurrogate.ThrowIfAny(request.Comment, nameof(request.Comment));
        for (var i = 0; i < request.CustomFields.Count; i++)
        {
            var field = request.CustomFields[i];
            BadgeValidationException.ThrowIfBlank(field?.Name, $"{nameof(request.CustomFields)}[{i}].Name");
            LoneSurrogate.ThrowIfAny(field!.Name, $"{nameof(request.CustomFields)}[{i}].Name");
            LoneSurrogate.ThrowIfAny(field.Type.Value, $"{nameof(request.CustomFields)}[{i}].Type");
        }

        if (request.Logo is { } logo)
        {
            if (!logo.IsEmbedded)
            {
                throw BadgeValidationException.ForField(nameof(request.Logo), "must be an embedded image (the logo is uploaded), not a URL.");
            }

            if (logo.Content.Length > CreateBadgeTemplateRequest.MaxLogoBytes)
            {
                throw BadgeValidationException.ForField(nameof(request.Logo), $"is {logo.Content.Length:N0} bytes; the limit is {CreateBadgeTemplateRequest.MaxLogoBytes:N0} bytes (2 MB).");
            }

            if (!LogoTypes.Contains(logo.MediaType!))
            {
                throw BadgeValidationException.ForField(nameof(request.Logo), $"is {logo.MediaType}; the logo must be JPEG, PNG, GIF or SVG.");
            }
        }
    }
}
