namespace BadgeSdk.Loyalty;

/// <summary>The checks Capillary would make on a new or changed badge, made before sending so nothing is sent in vain.</summary>
internal static class CreateBadgeValidator
{
    /// <summary>Clock skew allowed before a start date counts as past.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(1);

    public static void Validate(CreateBadgeRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        Validate(request, now, startMayBePast: request.HistoricalImport);
    }

    /// <summary>An update sends the same definition, so the same checks apply; only a live badge's start is past by nature (changing it is Capillary's 723).</summary>
    public static void Validate(UpdateBadgeRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        BadgeValidationException.ThrowIfBlank(request.Id, nameof(request.Id));
        Validate(request, now, startMayBePast: true);
    }

    private static void Validate(BadgeDefinitionFields request, DateTimeOffset now, bool startMayBePast)
    {
        BadgeValidationException.ThrowIfBlank(request.Name, nameof(request.Name));

        if (request.Ownership.RestrictedToOwners.Count == 0)
        {
            throw BadgeValidationException.ForField("Ownership.RestrictedToOwners", "at least one owner is required (Capillary 728).");
        }

        if (request.StartOn >= request.ExpiresOn)
        {
            throw BadgeValidationException.ForField(nameof(request.StartOn), $"must be before ExpiresOn ({request.ExpiresOn:O}) (Capillary 720).");
        }

        if (!startMayBePast && request.StartOn < now - Grace)
        {
            throw BadgeValidationException.ForField(nameof(request.StartOn), $"{request.StartOn:O} is in the past; only a historical import (HistoricalImport = true) may start in the past (Capillary 722).");
        }

        if (request.ExpiresOn < now)
        {
            throw BadgeValidationException.ForField(nameof(request.ExpiresOn), $"{request.ExpiresOn:O} is in the past (Capillary 724).");
        }

        if (request.EarnedBadgeExpiry is null)
        {
            throw BadgeValidationException.ForField(nameof(request.EarnedBadgeExpiry), "is required.");
        }

        CheckExpiry(request.EarnedBadgeExpiry, nameof(request.EarnedBadgeExpiry), now);
        if (request.IssuedBadgeExpiry is { } issued)
        {
            CheckExpiry(issued, nameof(request.IssuedBadgeExpiry), now);
        }

        CheckItems(request.CustomerConstraints, nameof(request.CustomerConstraints));
        CheckItems(request.BadgeConstraints, nameof(request.BadgeConstraints));
        CheckItems(request.Benefits, nameof(request.Benefits));
        CheckItems(request.Ownership.Claims, "Ownership.Claims");
    }

    private static void CheckExpiry(BadgeExpiry expiry, string field, DateTimeOffset now)
    {
        if (expiry.ExpiresOn is { } date && date < now)
        {
            throw BadgeValidationException.ForField($"{field}.ExpiresOn", $"{date:O} is in the past (Capillary 724).");
        }
    }

    private static void CheckItems<T>(IList<T> items, string field)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                throw BadgeValidationException.ForField($"{field}[{i}]", "cannot be null.");
            }
        }
    }
}
