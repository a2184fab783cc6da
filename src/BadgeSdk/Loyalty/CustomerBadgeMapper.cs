using System.Globalization;
using System.Text.Json;
using BadgeSdk.Loyalty.Wire;

namespace BadgeSdk.Loyalty;

/// <summary>Builds the customer operations' paths and bodies, and maps their answers to the public results.</summary>
internal static class CustomerBadgeMapper
{
    public const string EarnPath = "api_gateway/v1/badges/customer/earn";
    public const string EarnBulkPath = "api_gateway/v1/badges/customer/earnBulk";
    public const string RevokeIssuePath = "api_gateway/v1/badges/badgeMeta/customer/revokeIssue";
    public const string ImportPath = "api_gateway/v1/badges/import/customerBadges";

    private const string CustomerPath = "api_gateway/v1/badges/customer";
    private const string ManagementPath = "api_gateway/v1/badges/management";

    public static string CustomerBadgesPath(GetCustomerBadgesRequest request)
    {
        var query = new BadgeQueryMapper.QueryBuilder($"{CustomerPath}/{Uri.EscapeDataString(request.Customer.Value)}");
        query.Add("badgeType", request.BadgeType?.Value);
        query.Add("includeExpired", BadgeQueryMapper.Bool(request.IncludeExpired));
        query.Add("sortOn", request.SortOn);
        query.Add("groupId", request.GroupId);
        query.Add("lastEarnedOnDate", Millis(request.LastEarnedOn));
        query.Add("lastEarnEventDate", Millis(request.LastEarnEventDate));
        return query.ToString();
    }

    public static string ManagementListPath(ListCustomerBadgesRequest request, int page)
    {
        var query = new BadgeQueryMapper.QueryBuilder($"{ManagementPath}/{Uri.EscapeDataString(request.Customer.Value)}");
        query.Add("page", BadgeQueryMapper.Number(page));
        query.Add("size", BadgeQueryMapper.Number(request.PageSize));
        query.Add("sortOn", request.SortOn);
        query.Add("order", request.Order);
        query.Add("name", request.Name);
        query.Add("badgeType", request.BadgeType);
        query.Add("action", request.Action?.Value);
        query.Add("badgeStatus", request.BadgeStatus?.Value);
        query.Add("owner", request.Owner?.Value);
        query.Add("claimedBy", request.ClaimedBy?.Value);
        query.Add("startOn", BadgeQueryMapper.Iso(request.StartOn));
        query.Add("expiresOn", BadgeQueryMapper.Iso(request.ExpiresOn));
        query.Add("startOnOperator", request.StartOnOperator);
        query.Add("endOnOperator", request.EndOnOperator);
        query.Add("groupId", request.GroupId);
        query.Add("lastEarnEventDate", Millis(request.LastEarnEventDate));
        query.Add("lastEarnedOnDate", Millis(request.LastEarnedOn));
        return query.ToString();
    }

    public static string DetailsPath(CustomerKey customer, string badgeId, bool includeStatistics)
    {
        var query = new BadgeQueryMapper.QueryBuilder($"{ManagementPath}/{Uri.EscapeDataString(customer.Value)}/badge/{Uri.EscapeDataString(badgeId)}");
        query.Add("includeStatistics", includeStatistics ? "true" : null);
        return query.ToString();
    }

    public static byte[] ToWire(RevokeEnrolmentRequest request) => JsonSerializer.SerializeToUtf8Bytes(
        new RevokeIssueWire
        {
            BadgeMetaId = request.BadgeId,
            Customers = request.CustomerIds.Count == 0 ? null : [.. request.CustomerIds],
            RevokeIssuals = request.Issuals.Count == 0 ? null : [.. request.Issuals.Select(i => new RevokeIssualWire { CustomerId = Text(i.CustomerId), IssueId = i.IssueId })],
        },
        LoyaltyJsonContext.Default.RevokeIssueWire);

    public static byte[] ToWire(EarnBadgeRequest request, string requestId) => JsonSerializer.SerializeToUtf8Bytes(
        new EarnWire
        {
            BadgeMetaId = request.BadgeId,
            EarnEventDate = request.EventDate,
            CustomerId = Text(request.CustomerId),
            RequestId = requestId,
            TriggeredBy = ToWire(request.TriggeredBy),
        },
        LoyaltyJsonContext.Default.EarnWire);

    public static byte[] ToWire(EarnBulkRequest request, long[] customers, string chunkId) => JsonSerializer.SerializeToUtf8Bytes(
        new EarnBulkWire
        {
            BadgeMetaId = request.BadgeId,
            CustomerIds = customers,
            RequestId = chunkId,
            IssueEventDate = request.EventDate,
            TriggeredBy = ToWire(request.TriggeredBy),
        },
        LoyaltyJsonContext.Default.EarnBulkWire);

    public static byte[] ToWire(RevokeEarnRequest request) => JsonSerializer.SerializeToUtf8Bytes(
        new RevokeEarnWire
        {
            BadgeMetaId = request.BadgeId,

            // A Capillary id goes as the number the example shows; another identifier can only be text.
            CustomerId = request.Customer.IdentifiedBy is null && long.TryParse(request.Customer.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? JsonSerializer.SerializeToElement(id, LoyaltyJsonContext.Default.Int64)
                : JsonSerializer.SerializeToElement(request.Customer.Value, LoyaltyJsonContext.Default.String),
            EarnedBadgeId = request.EarnedBadgeId,
        },
        LoyaltyJsonContext.Default.RevokeEarnWire);

    public static byte[] ToWire(ImportEarnedBadgesRequest request) => JsonSerializer.SerializeToUtf8Bytes(
        [.. request.Badges.Select(b => new ImportBadgeWire
        {
            BadgeMetaId = b.BadgeId,
            CustomerId = b.CustomerId,
            EarnEventDate = b.EarnedOn,
            EarnEventDateIso = b.EarnedOn,
            EarnExpiresOn = b.ExpiresOn,
            EarnExpiresOnIso = b.ExpiresOn,
        })],
        LoyaltyJsonContext.Default.ListImportBadgeWire);

    public static RevokeEnrolmentResult FromWire(RevokeIssueDataWire wire, string badgeId, IReadOnlyList<BadgeError> warnings, bool earlier) => new()
    {
        BadgeId = wire.BadgeMetaId ?? badgeId,
        Customers = [.. (wire.RevokedIssuedBadges ?? []).OfType<IssuedBadgeWire>().Select(r => new RevokedEnrolment(r.CustomerId, r.IssuedId, Error(r.Error)))],
        EarlierAttemptMayHaveBeenProcessed = earlier,
        Warnings = warnings,
    };

    public static EarnBadgeResult FromWire(EarnDataWire wire, EarnBadgeRequest request, string requestId, IReadOnlyList<BadgeError> warnings, bool earlier) => new()
    {
        BadgeId = wire.BadgeMetaId ?? request.BadgeId,
        CustomerId = wire.CustomerId ?? request.CustomerId,
        RequestId = wire.RequestId ?? requestId,
        EarnedBadgeId = wire.EarnedBadgeId,
        IssuedId = wire.IssuedId,
        ExpiresOn = wire.ExpiresOnIso ?? wire.ExpiresOn,
        EarlierAttemptMayHaveBeenProcessed = earlier,
        Warnings = warnings,
    };

    public static ImportedBadge FromWire(CapillaryEnvelope<EarnDataWire>? element, int index) => new()
    {
        Index = index,
        BadgeId = element?.Data?.BadgeMetaId,
        CustomerId = element?.Data?.CustomerId,
        EarnedBadgeId = element?.Data?.EarnedBadgeId,
        ExpiresOn = element?.Data?.ExpiresOnIso ?? element?.Data?.ExpiresOn,
        RequestId = element?.Data?.RequestId,
        IssuedId = element?.Data?.IssuedId,
        Errors = element is null ? [new BadgeError(0, "Capillary answered null for this element.")]
            : element.Data is null && (element.Errors is null or { Count: 0 }) ? [new BadgeError(0, "Capillary answered neither data nor errors for this element.")]
            : CapillaryErrorWire.ToErrors(element.Errors),
    };

    public static GetCustomerBadgesResult FromWire(CustomerBadgesWire wire, IReadOnlyList<BadgeError> warnings)
    {
        var badges = (wire.Badges ?? []).OfType<CustomerBadgeWire>().Select(b => new CustomerBadge
        {
            Badge = BadgeMetaMapper.FromWire(b) with { Id = b.BadgeMetaId ?? b.Id ?? string.Empty },
            EarnedCount = b.EarnedCount,
            LastEarnedOn = b.LastEarnedOnDateIso ?? b.LastEarnedOnDate,
            LastEarnEventDate = b.LastEarnEventDateIso ?? b.LastEarnEventDate,
        }).ToList();
        return new GetCustomerBadgesResult
        {
            Badges = badges,
            Page = wire.Pagination?.Page ?? 0,
            PageSize = wire.Pagination?.Size ?? badges.Count,
            Total = wire.Pagination?.Total ?? badges.Count,
            TotalPages = wire.Pagination?.TotalPages ?? 1,
            Warnings = warnings,
        };
    }

    public static ListCustomerBadgesResult FromWire(CustomerBadgeListWire wire, IReadOnlyList<BadgeError> warnings)
    {
        var badges = (wire.CustomerBadges ?? []).OfType<CustomerBadgeSummaryWire>().Select(FromWire).ToList();
        return new ListCustomerBadgesResult
        {
            Badges = badges,
            Page = wire.Pagination?.Page ?? 0,
            PageSize = wire.Pagination?.Size ?? badges.Count,

            // Without paging info the answer is taken as the whole list.
            Total = wire.Pagination?.Total ?? badges.Count,
            TotalPages = wire.Pagination?.TotalPages ?? 1,
            Warnings = warnings,
        };
    }

    // An ISO twin Capillary wrote from milliseconds taken as seconds (year +57906) reads as null, so the number is used.
    public static CustomerBadgeSummary FromWire(CustomerBadgeSummaryWire wire) => new()
    {
        BadgeId = wire.BadgeMetaId ?? string.Empty,
        Name = wire.Name,
        Description = wire.Description,
        BadgeType = ExtensibleEnum.From<EarnType>(wire.BadgeType),
        BadgeGroupId = wire.BadgeGroupId,
        BadgeGroupName = wire.BadgeGroupName,
        BadgeRank = wire.BadgeRank,
        CreatedOn = wire.CreatedOnIso ?? wire.CreatedOn,
        LastUpdatedOn = wire.LastUpdatedOnIso ?? wire.LastUpdatedOn,
        Images = BadgeMetaMapper.FromWire(wire.Images),
        BadgeStatus = ExtensibleEnum.From<BadgeStatus>(wire.BadgeStatus),
        LastEarnedOn = wire.LastEarnedOnIso ?? wire.LastEarnedOn ?? wire.LastEarnedOnDateIso ?? wire.LastEarnedOnDate,
        LastEarnEventDate = wire.LastEarnEventDateIso ?? wire.LastEarnEventDate,
        StartsOn = wire.StartsOnIso ?? wire.StartsOn,
        ExpiresOn = wire.ExpiresOnIso ?? wire.ExpiresOn,
        EarnCount = wire.EarnCount,
        RestrictedToOwners = BadgeMetaMapper.Owners(wire.Ownership?.RestrictedToOwners),
        Claims = (wire.Ownership?.Claims ?? []).OfType<ClaimWire>().Select(BadgeMetaMapper.FromWire).ToList(),
        IssueStatus = wire.IssueStatus,
        Active = wire.Active,
    };

    public static CustomerBadgeDetails FromWire(CustomerBadgeDetailsWire wire) => new()
    {
        BadgeId = wire.Id ?? string.Empty,
        Name = wire.Name,
        Description = wire.Description,
        CreatedOn = wire.CreatedOnIso ?? wire.CreatedOn,
        LastUpdatedOn = wire.LastUpdatedOnIso ?? wire.LastUpdatedOn,
        StartsOn = wire.StartsOnIso ?? wire.StartsOn,
        ExpiresOn = wire.ExpiresOnIso ?? wire.ExpiresOn,
        Action = ExtensibleEnum.From<BadgeAction>(wire.Action),
        BadgeType = ExtensibleEnum.From<EarnType>(wire.BadgeType),
        BadgeStatus = ExtensibleEnum.From<BadgeStatus>(wire.BadgeStatus),
        Owners = BadgeMetaMapper.Owners(wire.Owner),
        ClaimedBy = BadgeMetaMapper.Owners(wire.ClaimedBy),
        Images = BadgeMetaMapper.FromWire(wire.Images),
        EarnExpiry = BadgeMetaMapper.FromWire(wire.EarnExpiry),
        IssueExpiry = BadgeMetaMapper.FromWire(wire.IssueExpiry),
        BadgeGroupId = wire.BadgeGroupId,
        BadgeGroupName = wire.BadgeGroupName,
        BadgeRank = wire.BadgeRank,
        IssuedCount = wire.IssualDetails?.IssuedCount,
        Issuals = (wire.IssualDetails?.Issuals ?? []).OfType<IssualWire>().Select(i => new CustomerIssual
        {
            IssueId = i.IssueId,
            IssuedOn = i.IssuedOn,
            IssuedStatus = i.IssuedStatus,
            ExpiresOn = i.IssueExpiresOn,
            OwnerType = ExtensibleEnum.From<OwnerType>(i.OwnerType),
            OwnerReferenceId = i.OwnerReferenceId,
            RevokedOn = i.RevokedOn,
            IssueEventDate = i.IssueEventDate,
        }).ToList(),
        IssuedStatus = wire.IssuedStatus,
        EarnCount = wire.EarnDetails?.EarnCount,
        ActiveEarnedCount = wire.ActiveEarnedCount,
        LastEarnedOn = wire.LastEarnedOnIso,
        CustomFields = BadgeMetaMapper.FromWire(wire.CustomFields),
    };

    public static BadgeError? Error(CapillaryErrorWire? wire) => wire is null ? null : new BadgeError(wire.Code, wire.Message, wire.Reference);

    private static TriggerWire ToWire(BadgeTrigger trigger) => new() { OwnerType = trigger.OwnerType.Value, ReferenceId = trigger.ReferenceId };

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Millis(DateTimeOffset? value) => value?.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
}
