using System.Net.Mail;

namespace BadgeSdk.Issuance;

/// <summary>The checks made on an <see cref="IssueBadgeRequest"/> before anything is sent.</summary>
internal static class IssueBadgeValidator
{
    public static void Validate(IssueBadgeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        BadgeValidationException.ThrowIfBlank(request.BadgeId, nameof(IssueBadgeRequest.BadgeId));
        BadgeValidationException.ThrowIfBlank(request.Name, nameof(IssueBadgeRequest.Name));
        if (request.Email is { } email && !MailAddress.TryCreate(email, out _))
        {
            throw BadgeValidationException.ForField(nameof(IssueBadgeRequest.Email), $"'{email}' is not an email address.");
        }
    }
}
