using System.Globalization;
using System.Text;
using BadgeSdk.Loyalty.Wire;

namespace BadgeSdk.Loyalty;

/// <summary>Builds the query strings of the badge reads and maps their answers (lists, cycles, activation).</summary>
internal static class BadgeQueryMapper
{
    public const string BadgeMetaPath = "api_gateway/v1/badges/badgeMeta";

    public static string ListPath(ListBadgesRequest request, int page, string pageParameter, string sizeParameter)
    {
        var query = new QueryBuilder(BadgeMetaPath);
        query.Add("status", request.Status.Count == 0 ? null : string.Join(',', request.Status.Select(s => s.Value)));
        query.Add("earnType", request.EarnType?.Value);
        query.Add("action", request.Action?.Value);
        query.Add("owner", request.Owner?.Value);
        query.Add("claimedBy", request.ClaimedBy?.Value);
        query.Add("unclaimed", Bool(request.Unclaimed));
        query.Add("name", request.Name);
        query.Add("badgeType", request.BadgeType);
        query.Add("startOn", Iso(request.StartOn));
        query.Add("expiresOn", Iso(request.ExpiresOn));
        query.Add("sortOn", request.SortOn?.Value);
        query.Add(pageParameter, Number(page));
        query.Add(sizeParameter, Number(request.PageSize));
        return query.ToString();
    }

    public static string BadgePath(string badgeId, bool includeStatistics, BadgeStatus? status)
    {
        var query = new QueryBuilder($"{BadgeMetaPath}/{Uri.EscapeDataString(badgeId)}");
        query.Add("includeStatistics", includeStatistics ? "true" : null);
        query.Add("status", status?.Value);
        return query.ToString();
    }

    public static string FixedWindowPath(GetFixedWindowDetailsRequest request, string dateFormat)
    {
        var query = new QueryBuilder($"{BadgeMetaPath}/getFixedWindowDetails");
        query.Add("badgeMetaId", request.BadgeId);
        query.Add("constraintType", request.ConstraintType?.Value);
        query.Add("customerId", Number(request.CustomerId));
        query.Add("fixedWindowCycleReferenceId", request.FixedWindowCycleReferenceId);
        query.Add("includeEarnCount", Bool(request.IncludeEarnCount));
        query.Add("startDate", request.StartDate?.UtcDateTime.ToString(dateFormat, CultureInfo.InvariantCulture));
        query.Add("endDate", request.EndDate?.UtcDateTime.ToString(dateFormat, CultureInfo.InvariantCulture));
        query.Add("page", Number(request.Page));
        query.Add("size", Number(request.PageSize));
        return query.ToString();
    }

    public static ListBadgesResult FromWire(BadgeListWire wire, IReadOnlyList<BadgeError> warnings)
    {
        var badges = (wire.MetaBasicDetails ?? []).ConvertAll(BadgeMetaMapper.FromWire);
        return new ListBadgesResult
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

    public static GetFixedWindowDetailsResult FromWire(FixedWindowDetailsWire wire, IReadOnlyList<BadgeError> warnings) => new()
    {
        BadgeId = wire.BadgeMetaId,
        OrgId = wire.OrgId,
        CustomerId = wire.CustomerId,
        StartDate = wire.StartDateIso ?? wire.StartDate,
        EndDate = wire.EndDateIso ?? wire.EndDate,
        Cycles = (wire.FixedWindowCycles ?? []).ConvertAll(c => new FixedWindowCycle
        {
            ReferenceId = c.FixedWindowCycleReferenceId,
            ConstraintType = ExtensibleEnum.From<ConstraintType>(c.ConstraintType),
            StartDate = c.StartDateIso ?? c.StartDate,
            EndDate = c.EndDateIso ?? c.EndDate,
            EarnCount = c.EarnCount,
        }),
        Page = wire.Pagination?.Page ?? 0,
        PageSize = wire.Pagination?.Size ?? 0,
        Total = wire.Pagination?.Total ?? wire.FixedWindowCycles?.Count ?? 0,
        TotalPages = wire.Pagination?.TotalPages ?? 1,
        Warnings = warnings,
    };

    private static string? Bool(bool? value) => value is { } b ? (b ? "true" : "false") : null;

    private static string? Number(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Iso(DateTimeOffset? value) => value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A path with its query, in the order parameters are added, skipping unset ones.</summary>
    private sealed class QueryBuilder(string path)
    {
        private readonly StringBuilder _text = new(path);
        private char _separator = '?';

        public void Add(string name, string? value)
        {
            if (value is null)
            {
                return;
            }

            _text.Append(_separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            _separator = '&';
        }

        public override string ToString() => _text.ToString();
    }
}
