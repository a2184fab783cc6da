using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace BadgeSdk.Testing;

/// <summary>
/// The emulated Capillary badges API: OAuth tokens and Basic authentication, badge definitions
/// with unique names (725) and the documented validation errors (720, 722, 724, 728), read by id
/// (404), listed with status and name filters and paging, updated (723 for a live badge's start),
/// activated or deactivated, claimed and unclaimed (400 for an unknown owner type, 714, 717); and
/// <c>issueBulk</c> with per-customer 1040 for repeats, 809 for a reused <c>requestId</c> and 816
/// for an event date outside the badge.
/// </summary>
public sealed class LoyaltyEmulator
{
    private const string BadgeMetaPath = "/api_gateway/v1/badges/badgeMeta";
    private const string IssueBulkPath = "/api_gateway/v1/badges/badgeMeta/customer/issueBulk";
    private const string TokenPath = "/v3/oauth/token/generate";
    private const long OrgId = 100458;

    private static readonly string[] OwnerTypes = ["Loyalty", "Referral_Campaigns", "Journeys", "Audience_Campaigns", "Rewards_Catalog", "Goodwill_Module", "Milestones", "Loyalty_Promotion", "Historical_Import"];

    private readonly object _gate = new();
    private readonly List<EmulatedLoyaltyBadge> _badges = [];
    private readonly List<EmulatedEnrolment> _enrolments = [];
    private readonly HashSet<string> _requestIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _tokens = new(StringComparer.Ordinal);
    private readonly BadgeEmulatorOptions _options;
    private readonly string _basicHeader;
    private int _tokenRequests;

    internal LoyaltyEmulator(BadgeEmulatorOptions options)
    {
        _options = options;
        #pragma warning disable CA5351 // Capillary's Basic scheme is defined over an MD5 digest of the password.
        var md5 = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(options.LoyaltyPassword))).ToLowerInvariant();
#pragma warning restore CA5351
        _basicHeader = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.LoyaltyTillId}:{md5}"));
    }

    /// <summary>Gets every badge definition.</summary>
    public IReadOnlyList<EmulatedLoyaltyBadge> Badges
    {
        get
        {
            lock (_gate)
            {
                return [.. _badges];
            }
        }
    }

    /// <summary>Gets every enrolment.</summary>
    public IReadOnlyList<EmulatedEnrolment> Enrolments
    {
        get
        {
            lock (_gate)
            {
                return [.. _enrolments];
            }
        }
    }

    /// <summary>Gets how many OAuth tokens were requested.</summary>
    public int TokenRequests => Volatile.Read(ref _tokenRequests);

    internal async Task<bool> TryHandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (path == TokenPath && HttpMethods.IsPost(context.Request.Method))
        {
            await IssueTokenAsync(context);
            return true;
        }

        if (!path.StartsWith("/api_gateway/", StringComparison.Ordinal))
        {
            return false;
        }

        if (!IsAuthenticated(context))
        {
            await WriteErrorsAsync(context, 401, (401, "Unauthorized: invalid Basic credentials or OAuth token", null));
            return true;
        }

        var method = context.Request.Method;
        var segments = path.StartsWith(BadgeMetaPath + "/", StringComparison.Ordinal) ? path[(BadgeMetaPath.Length + 1)..].Split('/') : [];
        if (path == BadgeMetaPath && HttpMethods.IsPost(method))
        {
            await CreateBadgeAsync(context, await EmulatorHttp.ReadJsonAsync(context));
        }
        else if (path == BadgeMetaPath && HttpMethods.IsPut(method))
        {
            await UpdateBadgeAsync(context, await EmulatorHttp.ReadJsonAsync(context));
        }
        else if (path == BadgeMetaPath && HttpMethods.IsGet(method))
        {
            await ListBadgesAsync(context);
        }
        else if (path == IssueBulkPath && HttpMethods.IsPost(method))
        {
            await IssueBulkAsync(context, await EmulatorHttp.ReadJsonAsync(context));
        }
        else if (segments is [var id] && HttpMethods.IsGet(method))
        {
            await GetBadgeAsync(context, id);
        }
        else if (segments is [var target, "activate" or "deactivate"] && HttpMethods.IsPut(method))
        {
            await SetActiveAsync(context, target, segments[1] == "activate");
        }
        else if (segments is [var claimed, "claim" or "unclaim"] && HttpMethods.IsPost(method))
        {
            await ClaimAsync(context, claimed, segments[1] == "claim", await EmulatorHttp.ReadJsonAsync(context));
        }
        else
        {
            await WriteErrorsAsync(context, 404, (404, "Not found", null));
        }

        return true;
    }

    private static Task WriteErrorsAsync(HttpContext context, int status, params (int Code, string Message, string? Reference)[] errors)
        => EmulatorHttp.WriteJsonAsync(context, status, new JsonObject
        {
            ["data"] = null,
            ["errors"] = new JsonArray([.. errors.Select(e => (JsonNode)new JsonObject { ["code"] = e.Code, ["message"] = e.Message, ["reference"] = e.Reference })]),
            ["warnings"] = null,
        });

    private static DateTimeOffset? Date(JsonObject? body, string name)
    {
        var text = EmulatorHttp.Text(body, name + "ISO") ?? EmulatorHttp.Text(body, name);
        return text is not null && EmulatorTimestamp.TryParse(text, out var value) ? value : null;
    }

    private static JsonObject Envelope(JsonNode data) => new() { ["data"] = data, ["errors"] = new JsonArray(), ["warnings"] = new JsonArray() };

    private static string Iso(DateTimeOffset value) => EmulatorTimestamp.ToIso(value);

    private bool IsAuthenticated(HttpContext context)
    {
        if (context.Request.Headers.Authorization.ToString() == _basicHeader)
        {
            return true;
        }

        var token = context.Request.Headers["X-CAP-API-OAUTH-TOKEN"].ToString();
        lock (_gate)
        {
            return _tokens.TryGetValue(token, out var expires) && _options.TimeProvider.GetUtcNow() < expires;
        }
    }

    private async Task IssueTokenAsync(HttpContext context)
    {
        Interlocked.Increment(ref _tokenRequests);
        var body = await EmulatorHttp.ReadJsonAsync(context);
        if (EmulatorHttp.Text(body, "key") != _options.LoyaltyOAuthKey || EmulatorHttp.Text(body, "secret") != _options.LoyaltyOAuthSecret)
        {
            await WriteErrorsAsync(context, 401, (401, "Invalid key or secret", null));
            return;
        }

        var token = "emu." + Convert.ToBase64String(Guid.NewGuid().ToByteArray()).TrimEnd('=');
        lock (_gate)
        {
            _tokens[token] = _options.TimeProvider.GetUtcNow() + _options.OAuthTokenLifetime;
        }

        await EmulatorHttp.WriteJsonAsync(context, 200, new JsonObject
        {
            ["data"] = new JsonObject { ["accessToken"] = token, ["ttlSeconds"] = (long)_options.OAuthTokenLifetime.TotalSeconds },
            ["errors"] = null,
        });
    }

    private async Task CreateBadgeAsync(HttpContext context, JsonObject? body)
    {
        var now = _options.TimeProvider.GetUtcNow();
        var migration = string.Equals(context.Request.Headers["X-CAP-BADGES-MIGRATION"], "migration", StringComparison.OrdinalIgnoreCase);
        var (name, start, end, errors) = Check(body, now, startMayBePast: migration);
        EmulatedLoyaltyBadge? badge = null;
        lock (_gate)
        {
            if (name is not null && _badges.Any(b => b.Name == name))
            {
                errors.Add((725, "Badge name cannot be duplicate", null));
            }

            if (errors.Count == 0)
            {
                var id = Guid.NewGuid().ToString("N")[..24];
                var data = Stored(body!, id, start!.Value, end!.Value, now);
                data["issuedCount"] = 0;
                data["earnedCount"] = 0;
                data["createdOn"] = now.ToUnixTimeMilliseconds() / 1000m;
                data["createdBy"] = 75086856;
                badge = new EmulatedLoyaltyBadge(id, name!, start.Value, end.Value, data);
                _badges.Add(badge);
            }
        }

        if (badge is null)
        {
            await WriteErrorsAsync(context, 400, [.. errors]);
            return;
        }

        await EmulatorHttp.WriteJsonAsync(context, 201, Envelope(badge.Definition.DeepClone()));
    }

    // Update replaces the definition by id with create's checks; a live badge keeps its start (723).
    private async Task UpdateBadgeAsync(HttpContext context, JsonObject? body)
    {
        var now = _options.TimeProvider.GetUtcNow();
        var (name, start, end, errors) = Check(body, now, startMayBePast: true);
        var id = EmulatorHttp.Text(body, "id");
        EmulatedLoyaltyBadge? badge = null;
        var status = 400;
        lock (_gate)
        {
            var index = _badges.FindIndex(b => b.Id == id);
            if (index < 0)
            {
                errors.Insert(0, (404, "Passed badge is not found", "id"));
                status = 404;
            }
            else
            {
                var old = _badges[index];
                if (name is not null && _badges.Any(b => b.Name == name && b.Id != id))
                {
                    errors.Add((725, "Badge name cannot be duplicate", null));
                }

                if (start is { } s && s != old.StartOn && old.StartOn <= now)
                {
                    errors.Add((723, "Start Date cannot change once the badge is live", null));
                }

                if (errors.Count == 0)
                {
                    var data = Stored(body!, old.Id, start!.Value, end!.Value, now);
                    foreach (var kept in new[] { "issuedCount", "earnedCount", "createdOn", "createdBy" })
                    {
                        data[kept] = old.Definition[kept]?.DeepClone();
                    }

                    // Claims are made by claim/unclaim only; an update cannot change them.
                    if (data["ownership"] is JsonObject ownership)
                    {
                        ownership["claims"] = old.Definition["ownership"]?["claims"]?.DeepClone();
                    }

                    badge = new EmulatedLoyaltyBadge(old.Id, name!, start.Value, end.Value, data);
                    _badges[index] = badge;
                }
            }
        }

        if (badge is null)
        {
            await WriteErrorsAsync(context, status, [.. errors]);
            return;
        }

        await EmulatorHttp.WriteJsonAsync(context, 200, Envelope(badge.Definition.DeepClone()));
    }

    private static (string? Name, DateTimeOffset? Start, DateTimeOffset? End, List<(int, string, string?)> Errors) Check(JsonObject? body, DateTimeOffset now, bool startMayBePast)
    {
        var name = EmulatorHttp.Text(body, "name");
        var start = Date(body, "startOn");
        var end = Date(body, "expiresOn");
        var errors = new List<(int, string, string?)>();
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add((400, "Badge name is required", "name"));
        }

        if ((body?["ownership"]?["restrictedToOwners"] as JsonArray) is not { Count: > 0 })
        {
            errors.Add((728, "Atleast one owner is required", "ownership.restrictedToOwners"));
        }

        if (start is null || end is null)
        {
            errors.Add((400, "startOn and expiresOn are required", null));
        }
        else
        {
            if (start >= end)
            {
                errors.Add((720, "Start Date should be before End Date", null));
            }

            if (start < now - TimeSpan.FromMinutes(5) && !startMayBePast)
            {
                errors.Add((722, "Start Date cannot be past date", null));
            }

            if (end < now)
            {
                errors.Add((724, "Expiry Date cannot be past date", null));
            }
        }

        return (name, start, end, errors);
    }

    private static JsonObject Stored(JsonObject body, string id, DateTimeOffset start, DateTimeOffset end, DateTimeOffset now)
    {
        var data = (JsonObject)body.DeepClone();
        data["id"] = id;
        data["orgId"] = OrgId;
        data["startOn"] = start.ToUnixTimeSeconds();
        data["startOnISO"] = Iso(start);
        data["expiresOn"] = end.ToUnixTimeSeconds();
        data["expiresOnISO"] = Iso(end);
        data["status"] = start <= now ? "LIVE" : "UPCOMING";
        data["lastUpdatedOn"] = now.ToUnixTimeMilliseconds() / 1000m;
        data["lastUpdatedBy"] = 75086856;
        return data;
    }

    private async Task GetBadgeAsync(HttpContext context, string id)
    {
        JsonNode? data;
        lock (_gate)
        {
            data = _badges.FirstOrDefault(b => b.Id == id)?.Definition.DeepClone();
        }

        if (data is null)
        {
            await WriteErrorsAsync(context, 404, (404, "Passed badge is not found", null));
            return;
        }

        await EmulatorHttp.WriteJsonAsync(context, 200, Envelope(data));
    }

    // The name filter matches loosely (case-insensitive, contained), the way a search box would:
    // Capillary does not document it, and a loose emulation keeps exact-match callers honest.
    private async Task ListBadgesAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var name = query["name"].ToString();
        var statuses = query["status"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var page = int.TryParse(query["page"], CultureInfo.InvariantCulture, out var p) && p >= 0 ? p : 0;
        var size = int.TryParse(query["limit"], CultureInfo.InvariantCulture, out var l) && l > 0 ? l
            : int.TryParse(query["size"], CultureInfo.InvariantCulture, out var z) && z > 0 ? z : 10;
        List<JsonNode> matching;
        lock (_gate)
        {
            matching = [.. _badges
                .Where(b => name.Length == 0 || b.Name.Contains(name, StringComparison.OrdinalIgnoreCase))
                .Where(b => statuses.Length == 0 || statuses.Contains(EmulatorHttp.Text(b.Definition, "status")))
                .Select(b => b.Definition.DeepClone())];
        }

        await EmulatorHttp.WriteJsonAsync(context, 200, Envelope(new JsonObject
        {
            ["metaBasicDetails"] = new JsonArray([.. matching.Skip(page * size).Take(size)]),
            ["pagination"] = new JsonObject { ["page"] = page, ["size"] = size, ["total"] = matching.Count, ["totalPages"] = (matching.Count + size - 1) / size },
        }));
    }

    private async Task SetActiveAsync(HttpContext context, string id, bool active)
    {
        bool found;
        lock (_gate)
        {
            var badge = _badges.FirstOrDefault(b => b.Id == id);
            found = badge is not null;
            if (badge is not null)
            {
                badge.Definition["active"] = active;
            }
        }

        if (!found)
        {
            await WriteErrorsAsync(context, 404, (404, "Passed badge is not found", null));
            return;
        }

        await EmulatorHttp.WriteJsonAsync(context, 200, Envelope(new JsonObject { ["id"] = id, ["isActive"] = active }));
    }

    // Claims are kept per owner and reference id; unclaiming keeps the claim, inactive (a soft delete).
    private async Task ClaimAsync(HttpContext context, string id, bool claim, JsonObject? body)
    {
        var owner = EmulatorHttp.Text(body, "ownerType");
        var reference = EmulatorHttp.Text(body, "referenceId");
        if (owner is null || !OwnerTypes.Contains(owner))
        {
            await WriteErrorsAsync(context, 400, (400, $"Invalid enum value: '{owner}' for the field: 'ownerType'. The value must be one of: [{string.Join(", ", OwnerTypes)}].", null));
            return;
        }

        if (string.IsNullOrWhiteSpace(reference))
        {
            await WriteErrorsAsync(context, 400, (717, "OwnerId is mandatory", "referenceId"));
            return;
        }

        (int Status, int Code, string Message)? failure = null;
        JsonObject? stored = null;
        lock (_gate)
        {
            var badge = _badges.FirstOrDefault(b => b.Id == id);
            var ownership = badge?.Definition["ownership"] as JsonObject;
            if (badge is null || ownership is null)
            {
                failure = (404, 404, "Passed badge is not found");
            }
            else if (ownership["restrictedToOwners"] is not JsonArray owners || !owners.Any(o => o?.ToString() == owner))
            {
                failure = (400, 714, "Owner type is not allowed, Please check the configuration");
            }
            else
            {
                if (ownership["claims"] is not JsonArray claims)
                {
                    ownership["claims"] = claims = [];
                }

                stored = claims.OfType<JsonObject>().FirstOrDefault(c => EmulatorHttp.Text(c, "ownerType") == owner && EmulatorHttp.Text(c, "referenceId") == reference);
                if (stored is null && claim)
                {
                    stored = new JsonObject { ["ownerType"] = owner, ["referenceId"] = reference };
                    claims.Add(stored);
                }

                if (stored is not null)
                {
                    stored["isActive"] = claim;
                    stored = (JsonObject)stored.DeepClone();
                }
            }
        }

        if (failure is { } f)
        {
            await WriteErrorsAsync(context, f.Status, (f.Code, f.Message, null));
        }
        else if (stored is null)
        {
            // The reference's unclaim example answers 400 with an empty object.
            await EmulatorHttp.WriteJsonAsync(context, 400, new JsonObject());
        }
        else
        {
            await EmulatorHttp.WriteJsonAsync(context, 200, new JsonObject { ["data"] = stored, ["errors"] = null, ["warnings"] = new JsonArray() });
        }
    }

    private async Task IssueBulkAsync(HttpContext context, JsonObject? body)
    {
        var badgeId = EmulatorHttp.Text(body, "badgeMetaId");
        var requestId = EmulatorHttp.Text(body, "requestId") ?? Guid.NewGuid().ToString("N");
        var customers = (body?["customers"] as JsonArray)?.Select(c => long.Parse(c!.ToString(), CultureInfo.InvariantCulture)).ToList() ?? [];
        var eventDate = Date(body, "issueEventDate") ?? _options.TimeProvider.GetUtcNow();
        var items = new JsonArray();
        EmulatedLoyaltyBadge? badge;
        (int Status, int Code, string Message)? failure = null;
        lock (_gate)
        {
            badge = _badges.FirstOrDefault(b => b.Id == badgeId);
            if (badge is null)
            {
                failure = (400, 1054, "GLOBAL.BADGE_NOT_FOUND");
            }
            else if (!_requestIds.Add(requestId))
            {
                failure = (400, 809, "Request with the same requestId is not allowed");
            }
            else if (eventDate < badge.StartOn || eventDate > badge.ExpiresOn)
            {
                _requestIds.Remove(requestId);
                failure = (400, 816, "Event date is not in duration of badge meta. Pass the issue event date.");
            }
            else
            {
                foreach (var customer in customers)
                {
                    items.Add(Enrol(badge.Id, customer, requestId));
                }
            }
        }

        if (failure is { } f)
        {
            await WriteErrorsAsync(context, f.Status, (f.Code, f.Message, null));
            return;
        }

        await EmulatorHttp.WriteJsonAsync(context, 200, Envelope(new JsonObject
        {
            ["badgeMetaId"] = badge!.Id,
            ["triggeredBy"] = body!["triggeredBy"]?.DeepClone(),
            ["expiresOn"] = badge.ExpiresOn.ToUnixTimeSeconds(),
            ["expiresOnISO"] = Iso(badge.ExpiresOn),
            ["issuedBadges"] = items,
            ["requestId"] = requestId,
        }));
    }

    // Callers hold _gate.
    private JsonObject Enrol(string badgeId, long customerId, string requestId)
    {
        var existing = _enrolments.FirstOrDefault(e => e.BadgeId == badgeId && e.CustomerId == customerId);
        if (existing is not null)
        {
            return new JsonObject
            {
                ["customerId"] = customerId,
                ["issuedId"] = existing.IssuedId,
                ["error"] = new JsonObject { ["code"] = 1040, ["message"] = "An active issue for the badge already exists.", ["reference"] = null },
                ["status"] = "ACTIVE",
            };
        }

        var enrolment = new EmulatedEnrolment(badgeId, customerId, Guid.NewGuid().ToString("N")[..24], requestId);
        _enrolments.Add(enrolment);
        return new JsonObject { ["customerId"] = customerId, ["issuedId"] = enrolment.IssuedId, ["status"] = "ACTIVE" };
    }
}
