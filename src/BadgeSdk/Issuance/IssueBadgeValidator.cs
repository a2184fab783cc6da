using BadgeSdk.Core.Validation;

namespace BadgeSdk.Issuance;

/// <summary>The checks made on an <see cref="IssueBadgeRequest"/> before anything is sent.</summary>
internal static class IssueBadgeValidator
{
    public static void Validate(IssueBadgeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        BadgeValidationException.ThrowIfBlank(request.BadgeId, nameof(IssueBadgeRequest.BadgeId));
        BadgeValidationException.ThrowIfBlank(request.Name, nameof(IssueBadgeRequest.Name));
        LoneSurrogate.ThrowIfAny(request.BadgeId, nameof(IssueBadgeRequest.BadgeId));
        LoneSurrogate.ThrowIfAny(request.Name, nameof(IssueBadgeRequest.Name));
        LoneSurrogate.ThrowIfAny(request.Email, nameof(IssueBadgeRequest.Email));
        LoneSurrogate.ThrowIfAny(request.Phone, nameof(IssueBadgeRequest.Phone));
        // Count first: the collection's enumerator is an interface, boxed even when it is empty.
        if (request.Metadata.Count > 0)
        {
            foreach (var (name, value) in request.Metadata)
            {
                LoneSurrogate.ThrowIfAny(name, nameof(IssueBadgeRequest.Metadata));
                LoneSurrogate.ThrowIfAny(value.TextValue, $"{nameof(IssueBadgeRequest.Metadata)}[{name}]");
            }
        }

        // IssueBadge emails the certificate there and an email cannot be recalled: a display name
        // form or a host without a dot is refused rather than guessed at. The address is not echoed.
        if (request.Email is { } email && !EmailAddress.IsValid(email))
        {
            throw BadgeValidationException.ForField(nameof(IssueBadgeRequest.Email), $"is not a bare email address: give only name@example.com (no display name, spaces or comments, a dot in the domain, at most {EmailAddress.MaxLength} characters).");
        }

        if (request.Phone is { } phone && !PhoneNumber.IsValid(phone))
        {
            throw BadgeValidationException.ForField(nameof(IssueBadgeRequest.Phone), $"is not a phone number: {PhoneNumber.MinDigits} to {PhoneNumber.MaxDigits} digits with an optional leading '+', grouped only by spaces, hyphens, dots or parentheses (for example +44 20 7946 0958).");
        }
    }
}
