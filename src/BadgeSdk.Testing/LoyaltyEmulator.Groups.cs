using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace BadgeSdk.Testing;

/// <summary>
/// Badge groups and badge custom fields. Groups: unique, case-sensitive names (a duplicate is
/// refused with HTTP 400, code 400: Capillary documents no code, so that one is the emulator's
/// choice), a paged list (<c>page</c> from 0, <c>size</c>, <c>order</c>), read and update by id
/// (404 for an unknown id), the update under both documented paths (<c>group/{id}</c> and
/// <c>{id}</c>). Custom fields: <c>name</c> and <c>dataType</c> (INTEGER, BOOLEAN, DATE, STRING;
/// anything else is Capillary's 400 invalid enum) required, names not unique (none is documented),
/// a paged list with <c>isActive</c>, <c>sortOn=LAST_UPDATED_DATE</c> and <c>order</c>, read and
/// update by id (404 for an unknown id).
/// </summary>
public sealed partial class LoyaltyEmulator
{
    private const string BadgesPath = "/api_gateway/v1/badges";
    private const string GroupPath = BadgesPath + "/group";
    private const string CustomFieldPath = BadgesPath + "/customField";

    private static readonly string[] DataTypes = ["INTEGER", "BOOLEAN", "DATE", "STRING"];

    // Stored as answered; insertion order is creation order.
    private readonly List<JsonObject> _groups = [];
    private readonly List<JsonObject> _customFields = [];

    private async Task<bool> TryHandleGroupsAsync(HttpContext context, string path, string method)
    {
        var rest = path.StartsWith(BadgesPath + "/", StringComparison.Ordinal) ? path[(BadgesPath.Length + 1)..].Split('/') : [];
        switch (rest)
        {
            case ["group"] when HttpMethods.IsPost(method):
                await CreateGroupAsync(context, await EmulatorHttp.ReadJsonAsync(context));
                return true;
            case ["group"] when HttpMethods.IsGet(method):
                await ListAsync(context, _groups, "badgeGroups", filter: null, sortable: false);
                return true;
            case ["group", var id] when HttpMethods.IsGet(method):
                await GetAsync(context, _groups, id, "Group not found");
                return true;
            case ["group", var id] when HttpMethods.IsPut(method):
                await UpdateGroupAsync(context, id, await EmulatorHttp.ReadJsonAsync(context));
                return true;

            // The update-badges-group reference page's own path.
            case [var id] when HttpMethods.IsPut(method) && id is not ("badgeMeta" or "customField" or "group" or "orgMeta"):
                await UpdateGroupAsync(context, id, await EmulatorHttp.ReadJsonAsync(context));
                return true;
            case ["customField"] when HttpMethods.IsPost(method):
                await SaveCustomFieldAsync(context, null, await EmulatorHttp.ReadJsonAsync(context));
                return true;
            case ["customField"] when HttpMethods.IsGet(method):
                var active = context.Request.Query["isActive"].ToString();
                await ListAsync(context, _customFields, "customFieldROList", active.Length == 0 ? null : f => string.Equals(EmulatorHttp.Text(f, "isActive"), active, StringComparison.OrdinalIgnoreCase), sortable: true);
                return true;
            case ["customField", var id] when HttpMethods.IsGet(method):
                await GetAsync(context, _customFields, id, "Custom field not found");
                return true;
            case ["customField", var id] when HttpMethods.IsPut(method):
                await SaveCustomFieldAsync(context, id, await EmulatorHttp.ReadJsonAsync(context));
                return true;
            default:
                return false;
        }
    }

    private static void Stamp(JsonObject record, DateTimeOffset now, bool created)
    {
        var seconds = now.ToUnixTimeMilliseconds() / 1000m;
        if (created)
        {
            record["createdBy"] = 75197372;
            record["createdOn"] = seconds;
            record["createdOnISO"] = Iso(now);
        }

        record["lastUpdatedBy"] = 75197372;
        record["lastUpdatedOn"] = seconds;
        record["lastUpdatedOnISO"] = Iso(now);
    }

    private async Task CreateGroupAsync(HttpContext context, JsonObject? body)
    {
        var name = EmulatorHttp.Text(body, "name");
        if (string.IsNullOrWhiteSpace(name))
        {
            await WriteErrorsAsync(context, 400, (400, "name is mandatory", "name"));
            return;
        }

        JsonObject? stored = null;
        lock (_gate)
        {
            if (!_groups.Exists(g => EmulatorHttp.Text(g, "name") == name))
            {
                stored = new JsonObject { ["id"] = NewId(), ["orgId"] = OrgId, ["name"] = name, ["rank"] = body!["rank"]?.DeepClone() };
                Stamp(stored, _options.TimeProvider.GetUtcNow(), created: true);
                stored["isActive"] = true;
                _groups.Add(stored);
                stored = (JsonObject)stored.DeepClone();
            }
        }

        await (stored is null
            ? WriteErrorsAsync(context, 400, (400, "Group name cannot be duplicate", "name"))
            : EmulatorHttp.WriteJsonAsync(context, 200, Envelope(stored)));
    }

    private async Task UpdateGroupAsync(HttpContext context, string id, JsonObject? body)
    {
        var name = EmulatorHttp.Text(body, "name");
        (int Code, string Message)? failure = null;
        JsonObject? stored;
        lock (_gate)
        {
            stored = _groups.Find(g => EmulatorHttp.Text(g, "id") == id);
            if (stored is null)
            {
                failure = (404, "Group not found");
            }
            else if (name is not null && _groups.Exists(g => g != stored && EmulatorHttp.Text(g, "name") == name))
            {
                failure = (400, "Group name cannot be duplicate");
            }
            else
            {
                stored["name"] = name ?? stored["name"]?.DeepClone();
                stored["rank"] = body?["rank"]?.DeepClone() ?? stored["rank"]?.DeepClone();
                Stamp(stored, _options.TimeProvider.GetUtcNow(), created: false);
                stored = (JsonObject)stored.DeepClone();
            }
        }

        await (failure is { } f
            ? WriteErrorsAsync(context, f.Code, (f.Code, f.Message, null))
            : EmulatorHttp.WriteJsonAsync(context, 200, Envelope(stored!)));
    }

    private async Task SaveCustomFieldAsync(HttpContext context, string? id, JsonObject? body)
    {
        var name = EmulatorHttp.Text(body, "name");
        var dataType = EmulatorHttp.Text(body, "dataType");
        if (string.IsNullOrWhiteSpace(name))
        {
            await WriteErrorsAsync(context, 400, (400, "name is mandatory", "name"));
            return;
        }

        if (dataType is null || !DataTypes.Contains(dataType))
        {
            await WriteErrorsAsync(context, 400, (400, $"Invalid enum value: '{dataType}' for the field: 'dataType'. The value must be one of: [{string.Join(", ", DataTypes)}].", "dataType"));
            return;
        }

        JsonObject? stored;
        lock (_gate)
        {
            stored = id is null ? new JsonObject { ["id"] = NewId(), ["orgId"] = OrgId } : _customFields.Find(f => EmulatorHttp.Text(f, "id") == id);
            if (stored is not null)
            {
                stored["name"] = name;
                stored["isMandatory"] = body!["isMandatory"]?.DeepClone() ?? false;
                stored["defaultValue"] = body["defaultValue"]?.DeepClone();
                stored["isActive"] = body["isActive"]?.DeepClone() ?? stored["isActive"]?.DeepClone() ?? true;
                stored["dataType"] = dataType;
                Stamp(stored, _options.TimeProvider.GetUtcNow(), created: id is null);
                if (id is null)
                {
                    _customFields.Add(stored);
                }

                stored = (JsonObject)stored.DeepClone();
            }
        }

        await (stored is null
            ? WriteErrorsAsync(context, 404, (404, "Custom field not found", null))
            : EmulatorHttp.WriteJsonAsync(context, id is null ? 201 : 200, Envelope(stored)));
    }

    private async Task GetAsync(HttpContext context, List<JsonObject> records, string id, string notFound)
    {
        JsonNode? data;
        lock (_gate)
        {
            data = records.Find(r => EmulatorHttp.Text(r, "id") == id)?.DeepClone();
        }

        await (data is null
            ? WriteErrorsAsync(context, 404, (404, notFound, null))
            : EmulatorHttp.WriteJsonAsync(context, 200, Envelope(data)));
    }

    private async Task ListAsync(HttpContext context, List<JsonObject> records, string listName, Func<JsonObject, bool>? filter, bool sortable)
    {
        var query = context.Request.Query;
        var page = int.TryParse(query["page"], CultureInfo.InvariantCulture, out var p) && p >= 0 ? p : 0;
        var size = int.TryParse(query["size"], CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 10;
        List<JsonObject> matching;
        lock (_gate)
        {
            IEnumerable<JsonObject> kept = records.Where(r => filter?.Invoke(r) ?? true);
            if (sortable && query["sortOn"] == "LAST_UPDATED_DATE")
            {
                kept = kept.OrderBy(r => r["lastUpdatedOn"]?.GetValue<decimal>() ?? 0);
            }

            matching = [.. kept.Select(r => (JsonObject)r.DeepClone())];
        }

        if (string.Equals(query["order"], "DESC", StringComparison.OrdinalIgnoreCase))
        {
            matching.Reverse();
        }

        await EmulatorHttp.WriteJsonAsync(context, 200, Envelope(new JsonObject
        {
            [listName] = new JsonArray([.. matching.Skip(page * size).Take(size)]),
            ["pagination"] = new JsonObject { ["page"] = page, ["size"] = size, ["total"] = matching.Count, ["totalPages"] = (matching.Count + size - 1) / size },
        }));
    }

    private static string NewId() => Guid.NewGuid().ToString("N")[..24];
}
