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

    public static ListBadgesResult FromWire(BadgeListWire wire, IReadOnlyList<BadgeError> warnings, DayOfWeek numberOne = DayOfWeek.Monday)
    {
        var badges = (wire.MetaBasicDetails ?? []).ConvertAll(b => BadgeMetaMapper.FromWire(b, numberOne));
        return Paged(new ListBadgesResult { Badges = badges }, wire.Pagination, badges.Count, warnings);
    }

    /// <summary>Fills a page's <c>pagination</c> and warnings; without <c>pagination</c> the answer is taken as the whole list.</summary>
    public static T Paged<T>(T page, PaginationWire? wire, int count, IReadOnlyList<BadgeError> warnings)
        where T : CapillaryPage
        => (T)(page with { Page = wire?.Page ?? 0, PageSize = wire?.Size ?? count, Total = wire?.Total ?? count, TotalPages = wire?.TotalPages ?? 1, Warnings = warnings });

    /// <summary>A path with its query, in the order given, skipping unset parameters.</summary>
    public static string Query(string path, params (string Name, string? Value)[] parameters)
    {
        var query = new QueryBuilder(path);
        foreach (var (name, value) in parameters)
        {
            query.Add(name, value);
        }

        return query.ToString();
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

    public static string? Bool(bool? value) => value is { } b ? (b ? "true" : "false") : null;

    public static string? Number(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string? Iso(DateTimeOffset? value) => value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A path with its query, in the order parameters are added, skipping unset ones.</summary>
    public sealed class QueryBuilder(string path)
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
