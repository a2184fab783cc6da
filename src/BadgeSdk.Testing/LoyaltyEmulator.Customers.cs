using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace BadgeSdk.Testing;

/// <summary>
/// The emulated customer operations, with the rules Capillary documents: earn only on a badge
/// claimed by the trigger's owner with the same <c>referenceId</c> (810), an <c>ISSUE_EARN</c> badge
/// only after an enrolment (811), 809 on a reused <c>requestId</c>, an event date at most 24 hours
/// ahead and within the badge (816); revoked enrolments (per-customer 404, 1051 when none is
/// named) and earns (814); imports (1054 for an unknown badge); and the customer views, paged.
/// </summary>
public sealed partial class LoyaltyEmulator
{
    private const string CustomersPath = "/api_gateway/v1/badges/customer/";
    private const string ManagementPath = "/api_gateway/v1/badges/management/";

    private readonly List<EmulatedEarn> _earns = [];
    private readonly HashSet<string> _revokedIssues = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Identifier, string Value), long> _identifiers = [];

    /// <summary>Gets every earn, revoked ones included.</summary>
    public IReadOnlyList<EmulatedEarn> Earns
    {
        get
        {
            lock (_gate)
            {
                return [.. _earns];
            }
        }
    }

    /// <summary>Lets callers address a customer by another identifier (<c>X-CAP-CUSTOMER-IDENTIFIER</c>).</summary>
    /// <param name="identifier">The identifier's name: <c>email</c>, <c>mobile</c>, <c>externalId</c> or <c>cardNumber</c>.</param>
    /// <param name="value">The customer's value for it.</param>
    /// <param name="customerId">The customer's Capillary id.</param>
    public void AddCustomerIdentifier(string identifier, string value, long customerId)
    {
        lock (_gate)
        {
            _identifiers[(identifier, value)] = customerId;
        }
    }

    private async Task<bool> TryHandleCustomerAsync(HttpContext context, string path)
    {
        var method = context.Request.Method;
        var post = HttpMethods.IsPost(method);
        if (post && path == BadgeMetaPath + "/customer/revokeIssue")
        {
            await RevokeIssueAsync(context, await EmulatorHttp.ReadJsonAsync(context));
        }
        else if (post && path == CustomersPath + "earn")
        {
            await EarnAsync(context, await EmulatorHttp.ReadJsonAsync(context));
        }
        else if (post && path == CustomersPath + "earnBulk")
        {
            await EarnBulkAsync(context, await EmulatorHttp.ReadJsonAsync(context));
        }
        else if (post && path is CustomersPath + "revokeEarn" or BadgeMetaPath + "/customer/revokeEarn" or "/badges/customer/revokeEarn")
        {
            await RevokeEarnAsync(context, await EmulatorHttp.ReadJsonAsync(context));
        }
        else if ((post || HttpMethods.IsPut(method)) && path == "/api_gateway/v1/badges/import/customerBadges")
        {
            await ImportAsync(context, await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) as JsonArray);
        }
        else if (HttpMethods.IsGet(method) && path.StartsWith(CustomersPath, StringComparison.Ordinal) && path[CustomersPath.Length..].Split('/') is [var customer])
        {
            await CustomerBadgesAsync(context, Uri.UnescapeDataString(customer));
        }
        else if (HttpMethods.IsGet(method) && path.StartsWith(ManagementPath, StringComparison.Ordinal) && path[ManagementPath.Length..].Split('/') is var parts && parts.Length is 1 or 3)
        {
            if (parts is [var listed])
            {
                await ManagementListAsync(context, Uri.UnescapeDataString(listed));
            }
            else if (parts is [var owner, "badge", var badgeId])
            {
                await CustomerBadgeAsync(context, Uri.UnescapeDataString(owner), badgeId);
            }
            else
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        return true;
    }

    private static (int Status, int Code, string Message) BadgeNotFound => (404, 404, "Passed badge is not found");

    private static JsonObject ErrorNode(int code, string message) => new() { ["code"] = code, ["message"] = message, ["reference"] = null };

    private static long? CustomerIdOf(JsonObject? body, string name)
        => long.TryParse(EmulatorHttp.Text(body, name), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    // Callers hold _gate.
    private bool HasActiveEnrolment(string badgeId, long customerId)
        => _enrolments.Any(e => e.BadgeId == badgeId && e.CustomerId == customerId && !_revokedIssues.Contains(e.IssuedId));

    // Callers hold _gate: the checks every earn shares (badge, request id, claim, event date).
    private (int Status, int Code, string Message)? CheckEarn(EmulatedLoyaltyBadge? badge, string? requestId, JsonObject? body, DateTimeOffset eventDate)
    {
        if (badge is null)
        {
            return BadgeNotFound;
        }

        if (string.IsNullOrWhiteSpace(requestId))
        {
            return (400, 400, "requestId is mandatory");
        }

        var owner = EmulatorHttp.Text(body?["triggeredBy"] as JsonObject, "ownerType");
        var reference = EmulatorHttp.Text(body?["triggeredBy"] as JsonObject, "referenceId");
        var claimed = (badge.Definition["ownership"]?["claims"] as JsonArray)?.OfType<JsonObject>()
            .Any(c => EmulatorHttp.Text(c, "ownerType") == owner && EmulatorHttp.Text(c, "referenceId") == reference && c["isActive"]?.GetValue<bool>() == true) == true;
        if (!claimed)
        {
            return (409, 810, "BadgeMeta needs to be claimed first");
        }

        if (eventDate > _options.TimeProvider.GetUtcNow().AddHours(24) || eventDate < badge.StartOn || eventDate > badge.ExpiresOn)
        {
            return (400, 816, "Event date is not in duration of badge meta. Pass the issue event date.");
        }

        if (!_requestIds.Add(requestId))
        {
            return (400, 809, "Request with same requestId is not allowed");
        }

        return null;
    }

    // Callers hold _gate.
    private EmulatedEarn Record(EmulatedLoyaltyBadge badge, long customerId, string requestId, DateTimeOffset eventDate)
    {
        var earn = new EmulatedEarn(badge.Id, customerId, Guid.NewGuid().ToString("N")[..24], requestId, eventDate);
        _earns.Add(earn);
        return earn;
    }

    private async Task EarnAsync(HttpContext context, JsonObject? body)
    {
        var requestId = EmulatorHttp.Text(body, "requestId");
        var customerId = CustomerIdOf(body, "customerId");
        var eventDate = Date(body, "earnEventDate") ?? _options.TimeProvider.GetUtcNow();
        (int Status, int Code, string Message)? failure;
        EmulatedEarn? earn = null;
        EmulatedLoyaltyBadge? badge;
        lock (_gate)
        {
            badge = _badges.FirstOrDefault(b => b.Id == EmulatorHttp.Text(body, "badgeMetaId"));
            failure = customerId is null ? (400, 400, "customerId is mandatory") : CheckEarn(badge, requestId, body, eventDate);
            if (failure is null && EmulatorHttp.Text(badge!.Definition, "earnType") == "ISSUE_EARN" && !HasActiveEnrolment(badge.Id, customerId!.Value))
            {
                _requestIds.Remove(requestId!);
                failure = (409, 811, "Badge issue is mandatory before earn");
            }

            if (failure is null)
            {
                earn = Record(badge!, customerId!.Value, requestId!, eventDate);
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
            ["customerId"] = earn!.CustomerId,
            ["earnedBadgeId"] = earn.EarnedBadgeId,
            ["expiresOn"] = badge.ExpiresOn.ToUnixTimeSeconds(),
            ["expiresOnISO"] = Iso(badge.ExpiresOn),
            ["requestId"] = requestId,
            ["issuedId"] = null,
        }));
    }

    private async Task EarnBulkAsync(HttpContext context, JsonObject? body)
    {
        var requestId = EmulatorHttp.Text(body, "requestId");
        var customers = (body?["customerIds"] as JsonArray)?.Select(c => long.Parse(c!.ToString(), CultureInfo.InvariantCulture)).ToList() ?? [];
        var eventDate = Date(body, "issueEventDate") ?? Date(body, "earnEventDate") ?? _options.TimeProvider.GetUtcNow();
        var earned = new JsonArray();
        var failed = new JsonArray();
        (int Status, int Code, string Message)? failure;
        EmulatedLoyaltyBadge? badge;
        lock (_gate)
        {
            badge = _badges.FirstOrDefault(b => b.Id == EmulatorHttp.Text(body, "badgeMetaId"));
            failure = CheckEarn(badge, requestId, body, eventDate);
            foreach (var customer in failure is null ? customers : [])
            {
                if (EmulatorHttp.Text(badge!.Definition, "earnType") == "ISSUE_EARN" && !HasActiveEnrolment(badge.Id, customer))
                {
                    failed.Add(new JsonObject { ["customerId"] = customer, ["error"] = ErrorNode(811, "Badge issue is mandatory before earn") });
                }
                else
                {
                    earned.Add(new JsonObject { ["customerId"] = customer, ["earnedBadgeId"] = Record(badge, customer, requestId!, eventDate).EarnedBadgeId });
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
            ["expiresOn"] = badge.ExpiresOn.ToUnixTimeSeconds(),
            ["expiresOnISO"] = Iso(badge.ExpiresOn),
            ["earnedBadgesList"] = earned,
            ["totalCount"] = customers.Count,
            ["earnedCount"] = earned.Count,
            ["failedCount"] = failed.Count,
            ["triggeredBy"] = body!["triggeredBy"]?.DeepClone(),
            ["failedEarnBadgeErrorList"] = failed,
        }));
    }

    private async Task RevokeEarnAsync(HttpContext context, JsonObject? body)
    {
        var badgeId = EmulatorHttp.Text(body, "badgeMetaId");
        var earnedBadgeId = EmulatorHttp.Text(body, "earnedBadgeId");
        var customer = Resolve(context, EmulatorHttp.Text(body, "customerId"));
        EmulatedEarn? revoked = null;
        lock (_gate)
        {
            var index = _earns.FindIndex(e => e.BadgeId == badgeId && e.CustomerId == customer && e.EarnedBadgeId == earnedBadgeId && !e.Revoked);
            if (index >= 0)
            {
                revoked = _earns[index] = _earns[index] with { Revoked = true };
            }
        }

        if (revoked is null)
        {
            await WriteErrorsAsync(context, 409, (814, "Active earn instance is not present.", null));
            return;
        }

        await EmulatorHttp.WriteJsonAsync(context, 200, Envelope(new JsonObject
        {
            ["badgeMetaId"] = revoked.BadgeId,
            ["customerId"] = revoked.CustomerId,
            ["earnedBadgeId"] = revoked.EarnedBadgeId,
            ["isActive"] = false,
        }));
    }

    private async Task RevokeIssueAsync(HttpContext context, JsonObject? body)
    {
        var badgeId = EmulatorHttp.Text(body, "badgeMetaId");
        var targets = (body?["customers"] as JsonArray)?.Select(c => (Customer: long.Parse(c!.ToString(), CultureInfo.InvariantCulture), IssueId: (string?)null)).ToList() ?? [];
        targets.AddRange((body?["revokeIssuals"] as JsonArray)?.OfType<JsonObject>().Select(r => (CustomerIdOf(r, "customerId") ?? 0, EmulatorHttp.Text(r, "issueId"))) ?? []);
        if (targets.Count == 0)
        {
            await WriteErrorsAsync(context, 400, (1051, "RevokeIssuals or CustomerId is mandatory", null));
            return;
        }

        var items = new JsonArray();
        bool found;
        lock (_gate)
        {
            found = _badges.Any(b => b.Id == badgeId);
            foreach (var (customer, issueId) in found ? targets : [])
            {
                var enrolment = _enrolments.FirstOrDefault(e => e.BadgeId == badgeId && e.CustomerId == customer && (issueId is null || e.IssuedId == issueId) && !_revokedIssues.Contains(e.IssuedId));
                if (enrolment is not null)
                {
                    _revokedIssues.Add(enrolment.IssuedId);
                }

                items.Add(new JsonObject
                {
                    ["customerId"] = customer,
                    ["issuedId"] = enrolment?.IssuedId,
                    ["error"] = enrolment is null ? ErrorNode(404, "Customer doesn't have issue instance") : null,
                });
            }
        }

        if (!found)
        {
            await WriteErrorsAsync(context, 404, (404, "Passed badge is not found", null));
            return;
        }

        await EmulatorHttp.WriteJsonAsync(context, 200, Envelope(new JsonObject { ["badgeMetaId"] = badgeId, ["revokedIssuedBadges"] = items, ["requestId"] = null }));
    }

    private async Task ImportAsync(HttpContext context, JsonArray? body)
    {
        if (body is null)
        {
            await EmulatorHttp.WriteJsonAsync(context, 400, new JsonObject());
            return;
        }

        var batch = Guid.NewGuid().ToString();
        var answers = new JsonArray();
        lock (_gate)
        {
            for (var i = 0; i < body.Count; i++)
            {
                var element = body[i] as JsonObject;
                var badge = _badges.FirstOrDefault(b => b.Id == EmulatorHttp.Text(element, "badgeMetaId"));
                var customer = CustomerIdOf(element, "customerId");
                var expires = Date(element, "earnExpiresOn");
                if (badge is null || customer is null)
                {
                    answers.Add(new JsonObject { ["data"] = null, ["errors"] = new JsonArray(ErrorNode(1054, "GLOBAL.BADGE_NOT_FOUND")), ["warnings"] = null });
                    continue;
                }

                var earn = Record(badge, customer.Value, $"{batch}_{i + 1}", Date(element, "earnEventDate") ?? _options.TimeProvider.GetUtcNow());
                answers.Add(new JsonObject
                {
                    ["data"] = new JsonObject
                    {
                        ["badgeMetaId"] = badge.Id,
                        ["customerId"] = customer,
                        ["earnedBadgeId"] = earn.EarnedBadgeId,
                        ["expiresOn"] = expires?.ToUnixTimeSeconds(),
                        ["expiresOnISO"] = expires is { } e ? Iso(e) : null,
                        ["requestId"] = earn.RequestId,
                        ["issuedId"] = null,
                    },
                    ["errors"] = null,
                    ["warnings"] = null,
                });
            }
        }

        await EmulatorHttp.WriteJsonAsync(context, 200, answers);
    }

    // A value under X-CAP-CUSTOMER-IDENTIFIER is looked up; without the header it is the Capillary id.
    private long? Resolve(HttpContext context, string? value)
    {
        var identifier = context.Request.Headers["X-CAP-CUSTOMER-IDENTIFIER"].ToString();
        if (identifier.Length == 0)
        {
            return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        }

        lock (_gate)
        {
            return value is not null && _identifiers.TryGetValue((identifier, value), out var mapped) ? mapped : null;
        }
    }

    private async Task<long?> ResolveOrFailAsync(HttpContext context, string value)
    {
        if (Resolve(context, value) is { } customer)
        {
            return customer;
        }

        await WriteErrorsAsync(context, 400, (8015, "Customer not found for the given identifier", null));
        return null;
    }

    // Callers hold _gate.
    private (int Count, DateTimeOffset? Last) EarnsOf(string badgeId, long customer)
    {
        var earns = _earns.Where(e => e.BadgeId == badgeId && e.CustomerId == customer && !e.Revoked).ToList();
        return (earns.Count, earns.Count == 0 ? null : earns.Max(e => e.EarnedOn));
    }

    private async Task CustomerBadgesAsync(HttpContext context, string value)
    {
        if (await ResolveOrFailAsync(context, value) is not { } customer)
        {
            return;
        }

        var type = context.Request.Query["badgeType"].ToString();
        var badges = new JsonArray();
        lock (_gate)
        {
            foreach (var badge in _badges)
            {
                var (count, last) = EarnsOf(badge.Id, customer);
                if ((type == "EARNED" && count == 0) || (type == "AVAILABLE" && count > 0))
                {
                    continue;
                }

                var entry = (JsonObject)badge.Definition.DeepClone();
                entry.Remove("id");
                entry["badgeMetaId"] = badge.Id;
                entry["earnedCount"] = count == 0 ? null : count;
                entry["lastEarnedOnDate"] = last?.ToUnixTimeMilliseconds() / 1000m;
                entry["lastEarnEventDate"] = last?.ToUnixTimeMilliseconds() / 1000m;
                badges.Add(entry);
            }
        }

        await EmulatorHttp.WriteJsonAsync(context, 200, Envelope(new JsonObject
        {
            ["badges"] = badges,
            ["pagination"] = new JsonObject { ["page"] = 0, ["size"] = badges.Count, ["total"] = badges.Count, ["totalPages"] = 1 },
        }));
    }

    private async Task ManagementListAsync(HttpContext context, string value)
    {
        if (await ResolveOrFailAsync(context, value) is not { } customer)
        {
            return;
        }

        var query = context.Request.Query;
        var page = int.TryParse(query["page"], CultureInfo.InvariantCulture, out var p) && p >= 0 ? p : 0;
        var size = int.TryParse(query["size"], CultureInfo.InvariantCulture, out var z) && z > 0 ? z : 10;
        List<JsonNode> entries;
        lock (_gate)
        {
            entries = [.. _badges.Select(badge =>
            {
                var (count, last) = EarnsOf(badge.Id, customer);
                return (JsonNode)new JsonObject
                {
                    ["name"] = badge.Name,
                    ["description"] = badge.Definition["description"]?.DeepClone(),
                    ["badgeMetaId"] = badge.Id,
                    ["badgeType"] = badge.Definition["earnType"]?.DeepClone(),
                    ["badgeStatus"] = badge.Definition["status"]?.DeepClone(),
                    ["lastEarnedOn"] = last?.ToUnixTimeMilliseconds() / 1000m,
                    ["startsOn"] = badge.StartOn.ToUnixTimeSeconds(),
                    ["startsOnISO"] = Iso(badge.StartOn),
                    ["expiresOn"] = badge.ExpiresOn.ToUnixTimeSeconds(),
                    ["expiresOnISO"] = Iso(badge.ExpiresOn),
                    ["earnCount"] = count,
                    ["ownership"] = badge.Definition["ownership"]?.DeepClone(),
                    ["active"] = badge.Definition["active"]?.DeepClone(),
                };
            })];
        }

        await EmulatorHttp.WriteJsonAsync(context, 200, Envelope(new JsonObject
        {
            ["customerBadges"] = new JsonArray([.. entries.Skip(page * size).Take(size)]),
            ["pagination"] = new JsonObject { ["page"] = page, ["size"] = size, ["total"] = entries.Count, ["totalPages"] = (entries.Count + size - 1) / size },
        }));
    }

    private async Task CustomerBadgeAsync(HttpContext context, string value, string badgeId)
    {
        if (await ResolveOrFailAsync(context, value) is not { } customer)
        {
            return;
        }

        JsonObject? data = null;
        lock (_gate)
        {
            if (_badges.FirstOrDefault(b => b.Id == badgeId) is { } badge)
            {
                var (count, last) = EarnsOf(badge.Id, customer);
                var issuals = _enrolments.Where(e => e.BadgeId == badge.Id && e.CustomerId == customer).Select(e => (JsonNode)new JsonObject
                {
                    ["issueId"] = e.IssuedId,
                    ["issuedStatus"] = _revokedIssues.Contains(e.IssuedId) ? "REVOKED" : "ACTIVE",
                }).ToList();
                var claims = (badge.Definition["ownership"]?["claims"] as JsonArray)?.OfType<JsonObject>().Where(c => c["isActive"]?.GetValue<bool>() == true).Select(c => (JsonNode?)c["ownerType"]?.DeepClone()) ?? [];
                data = new JsonObject
                {
                    ["id"] = badge.Id,
                    ["name"] = badge.Name,
                    ["startsOn"] = badge.StartOn.ToUnixTimeSeconds(),
                    ["expiresOn"] = badge.ExpiresOn.ToUnixTimeSeconds(),
                    ["action"] = badge.Definition["active"]?.GetValue<bool>() == false ? "DE_ACTIVATED" : "ACTIVATED",
                    ["badgeType"] = badge.Definition["earnType"]?.DeepClone(),
                    ["badgeStatus"] = badge.Definition["status"]?.DeepClone(),
                    ["owner"] = badge.Definition["ownership"]?["restrictedToOwners"]?.DeepClone(),
                    ["claimedBy"] = new JsonArray([.. claims]),
                    ["issualDetails"] = new JsonObject { ["issuedCount"] = issuals.Count, ["issuals"] = new JsonArray([.. issuals]) },
                    ["earnDetails"] = new JsonObject { ["earnCount"] = _earns.Count(e => e.BadgeId == badge.Id && e.CustomerId == customer), ["earns"] = new JsonArray() },
                    ["activeEarnedCount"] = count,
                    ["lastEarnedOnISO"] = last is { } l ? Iso(l) : null,
                    ["customFields"] = badge.Definition["customFields"]?.DeepClone() ?? new JsonObject(),
                };
            }
        }

        if (data is null)
        {
            await WriteErrorsAsync(context, 404, (404, "Passed badge is not found", null));
            return;
        }

        await EmulatorHttp.WriteJsonAsync(context, 200, Envelope(data));
    }
}
