using BadgeSdk.Core.Validation;

namespace BadgeSdk.Loyalty;

/// <summary>The checks made on an <see cref="IssueBulkRequest"/> before any chunk is sent.</summary>
internal static class IssueBulkValidator
{
    public static void Validate(IssueBulkRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        BadgeValidationException.ThrowIfBlank(request.BadgeId, nameof(request.BadgeId));
        LoneSurrogate.ThrowIfAny(request.BadgeId, nameof(request.BadgeId));

        if (request.CustomerIds.Count == 0)
        {
            throw BadgeValidationException.ForField(nameof(request.CustomerIds), "needs at least one customer.");
        }

        var seen = new HashSet<long>();
        foreach (var id in request.CustomerIds)
        {
            // Capillary's customer ids are positive; 0 or less is an unset or mangled id, which
            // would fail per customer after the rest of the chunk was enrolled.
            if (id <= 0)
            {
                throw BadgeValidationException.ForField(nameof(request.CustomerIds), $"customer id {id} is not a Capillary customer id; ids are positive.");
            }

            if (!seen.Add(id))
            {
                throw BadgeValidationException.ForField(nameof(request.CustomerIds), $"customer {id} appears more than once.");
            }
        }

        if (request.RequestId is { } requestId && string.IsNullOrWhiteSpace(requestId))
        {
            throw BadgeValidationException.ForField(nameof(request.RequestId), "cannot be blank; leave it unset to have one generated.");
        }

        LoneSurrogate.ThrowIfAny(request.RequestId, nameof(request.RequestId));
        if (request.TriggeredBy is { } trigger)
        {
            LoneSurrogate.ThrowIfAny(trigger.OwnerType.Value, "TriggeredBy.OwnerType");
            LoneSurrogate.ThrowIfAny(trigger.ReferenceId, "TriggeredBy.ReferenceId");
        }
    }
}
