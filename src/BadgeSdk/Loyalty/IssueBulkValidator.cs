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

        CheckCustomers(request.CustomerIds, nameof(request.CustomerIds));

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

    /// <summary>The customers of a bulk call: at least one, positive ids, none twice.</summary>
    public static void CheckCustomers(IReadOnlyList<long> customerIds, string field)
    {
        if (customerIds.Count == 0)
        {
            throw BadgeValidationException.ForField(field, "needs at least one customer.");
        }

        var seen = new HashSet<long>(customerIds.Count);
        foreach (var id in customerIds)
        {
            // Capillary's customer ids are positive; 0 or less is an unset or mangled id, which
            // would fail per customer after the rest of the chunk was processed.
            if (id <= 0)
            {
                throw BadgeValidationException.ForField(field, $"customer id {id} is not a Capillary customer id; ids are positive.");
            }

            if (!seen.Add(id))
            {
                throw BadgeValidationException.ForField(field, $"customer {id} appears more than once.");
            }
        }
    }
}
