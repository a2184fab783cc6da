using BadgeSdk.Core.Validation;

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
        CheckItems(request.Tags, nameof(request.Tags));
        CheckItems(request.Images, nameof(request.Images));
        CheckText(request);
    }

    /// <summary>Refuses every text field holding an unpaired surrogate, which Capillary would get as U+FFFD.</summary>
    private static void CheckText(BadgeDefinitionFields request)
    {
        LoneSurrogate.ThrowIfAny(request.Name, nameof(request.Name));
        LoneSurrogate.ThrowIfAny(request.Description, nameof(request.Description));
        LoneSurrogate.ThrowIfAny(request.BadgeGroupId, nameof(request.BadgeGroupId));
        LoneSurrogate.ThrowIfAny(request.EarnType.Value, nameof(request.EarnType));
        LoneSurrogate.ThrowIfAny(request.CustomFields, nameof(request.CustomFields));
        LoneSurrogate.ThrowIfAny(request.EarnedBadgeExpiry.RelativeUnit?.Value, $"{nameof(request.EarnedBadgeExpiry)}.RelativeUnit");
        LoneSurrogate.ThrowIfAny(request.IssuedBadgeExpiry?.RelativeUnit?.Value, $"{nameof(request.IssuedBadgeExpiry)}.RelativeUnit");
        for (var i = 0; i < request.Ownership.RestrictedToOwners.Count; i++)
        {
            LoneSurrogate.ThrowIfAny(request.Ownership.RestrictedToOwners[i].Value, $"Ownership.RestrictedToOwners[{i}]");
        }

        for (var i = 0; i < request.Ownership.Claims.Count; i++)
        {
            var claim = request.Ownership.Claims[i];
            LoneSurrogate.ThrowIfAny(claim.OwnerType.Value, $"Ownership.Claims[{i}].OwnerType");
            LoneSurrogate.ThrowIfAny(claim.ReferenceId, $"Ownership.Claims[{i}].ReferenceId");
            LoneSurrogate.ThrowIfAny(claim.BadgeMetaId, $"Ownership.Claims[{i}].BadgeMetaId");
        }

        for (var i = 0; i < request.Tags.Count; i++)
        {
            LoneSurrogate.ThrowIfAny(request.Tags[i].Name, $"{nameof(request.Tags)}[{i}].Name");
            LoneSurrogate.ThrowIfAny(request.Tags[i].Value, $"{nameof(request.Tags)}[{i}].Value");
        }

        for (var i = 0; i < request.Images.Count; i++)
        {
            var image = request.Images[i];
            LoneSurrogate.ThrowIfAny(image.Name, $"{nameof(request.Images)}[{i}].Name");
            LoneSurrogate.ThrowIfAny(image.FileSvcHandle, $"{nameof(request.Images)}[{i}].FileSvcHandle");
            LoneSurrogate.ThrowIfAny(image.Url, $"{nameof(request.Images)}[{i}].Url");
            LoneSurrogate.ThrowIfAny(image.Tag?.Value, $"{nameof(request.Images)}[{i}].Tag");
        }

        CheckConstraintText(request.CustomerConstraints, nameof(request.CustomerConstraints));
        CheckConstraintText(request.BadgeConstraints, nameof(request.BadgeConstraints));
    }

    private static void CheckConstraintText<T>(IList<T> constraints, string field)
        where T : BadgeEarnConstraint
    {
        for (var i = 0; i < constraints.Count; i++)
        {
            LoneSurrogate.ThrowIfAny(constraints[i].DurationType?.Value, $"{field}[{i}].DurationType");
            LoneSurrogate.ThrowIfAny(constraints[i].RollType?.Value, $"{field}[{i}].RollType");
            LoneSurrogate.ThrowIfAny(constraints[i].ReferenceId, $"{field}[{i}].ReferenceId");
        }
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
