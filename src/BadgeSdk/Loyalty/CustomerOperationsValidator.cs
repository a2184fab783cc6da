using System.Globalization;
using BadgeSdk.Core.Validation;

namespace BadgeSdk.Loyalty;

/// <summary>The checks made on the customer operations' requests before anything is sent, for the rules Capillary documents.</summary>
internal static class CustomerOperationsValidator
{
    /// <summary>How far ahead an earn event may lie: "up to 24 hours in the future" (earn pages).</summary>
    public static readonly TimeSpan EarnEventLead = TimeSpan.FromHours(24);

    public static void Validate(RevokeEnrolmentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckId(request.BadgeId, nameof(request.BadgeId));

        // Capillary answers 1051 "RevokeIssuals or CustomerId is mandatory" otherwise.
        if (request.CustomerIds.Count == 0 && request.Issuals.Count == 0)
        {
            throw BadgeValidationException.ForField(nameof(request.CustomerIds), "or Issuals must name at least one enrolment to revoke (Capillary's 1051).");
        }

        if (request.CustomerIds.Count > 0)
        {
            IssueBulkValidator.CheckCustomers([.. request.CustomerIds], nameof(request.CustomerIds));
        }

        foreach (var issual in request.Issuals)
        {
            ArgumentNullException.ThrowIfNull(issual, nameof(request));
            if (issual.CustomerId <= 0)
            {
                throw BadgeValidationException.ForField(nameof(request.Issuals), $"customer id {issual.CustomerId} is not a Capillary customer id; ids are positive.");
            }

            CheckId(issual.IssueId, "Issuals.IssueId");
        }
    }

    public static void Validate(EarnBadgeRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckId(request.BadgeId, nameof(request.BadgeId));
        if (request.CustomerId <= 0)
        {
            throw BadgeValidationException.ForField(nameof(request.CustomerId), $"{request.CustomerId} is not a Capillary customer id; ids are positive.");
        }

        CheckRequestId(request.RequestId);
        CheckTrigger(request.TriggeredBy);
        CheckEventDate(request.EventDate, now);
    }

    public static void Validate(EarnBulkRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckId(request.BadgeId, nameof(request.BadgeId));
        IssueBulkValidator.CheckCustomers(request.CustomerIds, nameof(request.CustomerIds));
        CheckRequestId(request.RequestId);
        CheckTrigger(request.TriggeredBy);
        CheckEventDate(request.EventDate, now);
    }

    public static void Validate(RevokeEarnRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckId(request.BadgeId, nameof(request.BadgeId));
        Check(request.Customer, nameof(request.Customer));
        CheckId(request.EarnedBadgeId, nameof(request.EarnedBadgeId));
    }

    public static void Validate(ImportEarnedBadgesRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Badges.Count == 0)
        {
            throw BadgeValidationException.ForField(nameof(request.Badges), "needs at least one earned badge.");
        }

        for (var i = 0; i < request.Badges.Count; i++)
        {
            var badge = request.Badges[i] ?? throw new ArgumentNullException(nameof(request), $"Badges[{i}] is null.");
            CheckId(badge.BadgeId, $"Badges[{i}].BadgeId");
            if (badge.CustomerId <= 0)
            {
                throw BadgeValidationException.ForField($"Badges[{i}].CustomerId", $"{badge.CustomerId} is not a Capillary customer id; ids are positive.");
            }

            if (badge.ExpiresOn <= badge.EarnedOn)
            {
                throw BadgeValidationException.ForField($"Badges[{i}].ExpiresOn", $"must be after EarnedOn ({badge.EarnedOn:O}).");
            }
        }
    }

    /// <summary>A customer key: a positive Capillary id, or any other identifier's non-blank value with a header-safe identifier name.</summary>
    public static void Check(CustomerKey customer, string field)
    {
        ArgumentNullException.ThrowIfNull(customer, field);
        CheckId(customer.Value, field);
        if (customer.IdentifiedBy is { } by)
        {
            if (!HeaderText.IsToken(by.Value))
            {
                throw BadgeValidationException.ForField($"{field}.IdentifiedBy", "must be a header-safe token such as email, mobile, externalId or cardNumber.");
            }
        }
        else if (!long.TryParse(customer.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            throw BadgeValidationException.ForField(field, "is not a Capillary customer id (a positive number); set IdentifiedBy to address a customer by email, mobile, external id or card number.");
        }
    }

    public static void CheckId(string? value, string field)
    {
        BadgeValidationException.ThrowIfBlank(value, field);
        LoneSurrogate.ThrowIfAny(value, field);
    }

    private static void CheckRequestId(string? requestId)
    {
        if (requestId is { } id && string.IsNullOrWhiteSpace(id))
        {
            throw BadgeValidationException.ForField("RequestId", "cannot be blank; leave it unset to have one generated.");
        }

        LoneSurrogate.ThrowIfAny(requestId, "RequestId");
    }

    // Capillary marks triggeredBy's ownerType and referenceId required for earns.
    private static void CheckTrigger(BadgeTrigger triggeredBy)
    {
        ArgumentNullException.ThrowIfNull(triggeredBy, "TriggeredBy");
        CheckId(triggeredBy.OwnerType.Value, "TriggeredBy.OwnerType");
        CheckId(triggeredBy.ReferenceId, "TriggeredBy.ReferenceId");
    }

    private static void CheckEventDate(DateTimeOffset? eventDate, DateTimeOffset now)
    {
        if (eventDate is { } date && date > now + EarnEventLead)
        {
            throw BadgeValidationException.ForField("EventDate", $"may be at most 24 hours ahead (Capillary's rule); {date:O} is after {now + EarnEventLead:O}.");
        }
    }
}
