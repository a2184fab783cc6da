using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace BadgeSdk.Testing;

/// <summary>
/// The emulated IssueBadge API (<c>/api/v1/</c>): issues with ids and public pages, rejects reused
/// idempotency keys with <c>success:false</c>, fails missing fields as a Laravel API does, lists
/// and creates badge templates, and checks the Bearer token.
/// </summary>
public sealed class IssuanceEmulator
{
    /// <summary>The API root path.</summary>
    public const string Root = "/api/v1/";

    private readonly object _gate = new();
    private readonly List<EmulatedIssue> _issues = [];
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> _templates = new(StringComparer.Ordinal);
    private readonly string _token;
    private readonly Func<Uri> _baseAddress;
    private int _nextTemplate = 100;

    internal IssuanceEmulator(string token, Func<Uri> baseAddress)
    {
        _token = token;
        _baseAddress = baseAddress;
        AddTemplate("abc123", "Safety Training", "Completed the safety course");
    }

    /// <summary>Gets every badge issued, in order.</summary>
    public IReadOnlyList<EmulatedIssue> Issued
    {
        get
        {
            lock (_gate)
            {
                return [.. _issues];
            }
        }
    }

    /// <summary>Adds a badge template that issues can use.</summary>
    /// <param name="id">The template id (<c>badge_id</c>).</param>
    /// <param name="name">Its name.</param>
    /// <param name="description">Its description.</param>
    public void AddTemplate(string id, string name, string? description = null)
    {
        lock (_gate)
        {
            _templates[id] = new JsonObject { ["id"] = id, ["name"] = name, ["description"] = description, ["created_at"] = "2025-01-15T10:30:00.000000Z" };
        }
    }

    internal async Task<bool> TryHandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (path.StartsWith("/v/", StringComparison.Ordinal) && HttpMethods.IsGet(context.Request.Method))
        {
            await ServePublicPageAsync(context, path["/v/".Length..]);
            return true;
        }

        if (!path.StartsWith(Root, StringComparison.Ordinal))
        {
            return false;
        }

        if (EmulatorHttp.Bearer(context) != _token)
        {
            await EmulatorHttp.WriteJsonAsync(context, 401, new JsonObject { ["message"] = "Unauthenticated." });
            return true;
        }

        var route = path[Root.Length..];
        var method = context.Request.Method;
        switch (route)
        {
            case "issue/create" when HttpMethods.IsPost(method):
                await IssueAsync(context, await EmulatorHttp.ReadJsonAsync(context));
                return true;
            case "issue/create" when HttpMethods.IsGet(method):
                await IssueAsync(context, FromQuery(context.Request.Query));
                return true;
            case "badge/getall" when HttpMethods.IsGet(method):
                await ListTemplatesAsync(context);
                return true;
            case "badge/create" when HttpMethods.IsPost(method):
                await CreateTemplateAsync(context);
                return true;
            case "validate-key" when HttpMethods.IsPost(method):
                var key = EmulatorHttp.Text(await EmulatorHttp.ReadJsonAsync(context), "api_key");
                await EmulatorHttp.WriteJsonAsync(
                    context,
                    key == _token ? 200 : 401,
                    key == _token ? new JsonObject { ["success"] = true, ["message"] = "API key is valid" } : new JsonObject { ["success"] = false, ["message"] = "Unauthenticated." });
                return true;
            default:
                await EmulatorHttp.WriteJsonAsync(context, 404, new JsonObject { ["success"] = false, ["message"] = "Not found." });
                return true;
        }
    }

    private static JsonObject FromQuery(IQueryCollection query)
    {
        var json = new JsonObject();
        JsonObject? metadata = null;
        foreach (var (name, value) in query)
        {
            if (name.StartsWith("metadata[", StringComparison.Ordinal) && name.EndsWith(']'))
            {
                metadata ??= [];
                metadata[name["metadata[".Length..^1]] = value.ToString();
            }
            else
            {
                json[name] = value.ToString();
            }
        }

        if (metadata is not null)
        {
            json["metadata"] = metadata;
        }

        return json;
    }

    private async Task IssueAsync(HttpContext context, JsonObject? body)
    {
        var badgeId = EmulatorHttp.Text(body, "badge_id");
        var name = EmulatorHttp.Text(body, "name");
        var key = EmulatorHttp.Text(body, "idempotency_key");
        var missing = new[] { ("badge_id", badgeId), ("name", name), ("idempotency_key", key) }.Where(f => string.IsNullOrWhiteSpace(f.Item2)).Select(f => f.Item1).ToList();
        if (missing.Count > 0)
        {
            var errors = new JsonObject();
            foreach (var field in missing)
            {
                errors[field] = new JsonArray($"The {field} field is required.");
            }

            await EmulatorHttp.WriteJsonAsync(context, 422, new JsonObject { ["success"] = false, ["message"] = $"The {missing[0]} field is required.", ["errors"] = errors });
            return;
        }

        var (issue, status, rejection) = Record(body, badgeId!, name!, key!);
        if (issue is null)
        {
            await EmulatorHttp.WriteJsonAsync(context, status, new JsonObject { ["success"] = false, ["message"] = rejection });
            return;
        }

        await EmulatorHttp.WriteJsonAsync(context, 200, new JsonObject { ["success"] = true, ["IssueId"] = issue.IssueId, ["publicUrl"] = issue.PublicUrl.ToString() });
    }

    private (EmulatedIssue? Issue, int Status, string? Rejection) Record(JsonObject? body, string badgeId, string name, string key)
    {
        lock (_gate)
        {
            if (!_templates.ContainsKey(badgeId))
            {
                return (null, 200, "Badge not found");
            }

            if (_keys.ContainsKey(key))
            {
                // A reused key is rejected, not replayed: that is what IssueBadge's own docs describe.
                return (null, 409, "The idempotency key has already been used.");
            }

            var id = $"EMU{_issues.Count + 1:D5}";
            var issue = new EmulatedIssue(id, badgeId, name, EmulatorHttp.Text(body, "email"), EmulatorHttp.Text(body, "phone"), EmulatorHttp.Text(body, "expire_date"), key, body?["metadata"]?.DeepClone() as JsonObject, new Uri(_baseAddress(), $"v/{id}"));
            _issues.Add(issue);
            _keys[key] = id;
            return (issue, 200, null);
        }
    }

    private async Task ServePublicPageAsync(HttpContext context, string id)
    {
        EmulatedIssue? issue;
        lock (_gate)
        {
            issue = _issues.FirstOrDefault(i => i.IssueId == id);
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        if (issue is null)
        {
            context.Response.StatusCode = 404;
            await context.Response.WriteAsync("<!doctype html><title>Not found</title><p>No such badge.</p>");
            return;
        }

        var template = _templates.TryGetValue(issue.BadgeId, out var t) ? EmulatorHttp.Text(t, "name") : issue.BadgeId;
        await context.Response.WriteAsync(
            $"<!doctype html><title>{WebUtility.HtmlEncode(template)}</title><h1>{WebUtility.HtmlEncode(template)}</h1>" +
            $"<p>Awarded to {WebUtility.HtmlEncode(issue.Name)}</p><p>Badge {WebUtility.HtmlEncode(issue.IssueId)} (BadgeSdk emulator)</p>");
    }

    private async Task ListTemplatesAsync(HttpContext context)
    {
        JsonArray data;
        lock (_gate)
        {
            data = [.. _templates.Values.Select(t => t.DeepClone())];
        }

        await EmulatorHttp.WriteJsonAsync(context, 200, new JsonObject { ["success"] = true, ["data"] = data });
    }

    private async Task CreateTemplateAsync(HttpContext context)
    {
        string? name, description, organisation, key;
        if (context.Request.HasFormContentType)
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            (name, description, organisation, key) = (form["name"], form["description"], form["issuing_organization_name"], form["idempotency_key"]);
        }
        else
        {
            var body = await EmulatorHttp.ReadJsonAsync(context);
            (name, description, organisation, key) = (EmulatorHttp.Text(body, "name"), EmulatorHttp.Text(body, "description"), EmulatorHttp.Text(body, "issuing_organization_name"), EmulatorHttp.Text(body, "idempotency_key"));
        }

        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(description) || string.IsNullOrWhiteSpace(organisation) || string.IsNullOrWhiteSpace(key))
        {
            await EmulatorHttp.WriteJsonAsync(context, 422, new JsonObject { ["success"] = false, ["message"] = "The name, description, issuing_organization_name and idempotency_key fields are required." });
            return;
        }

        string id;
        lock (_gate)
        {
            id = $"tmpl-{_nextTemplate++}";
        }

        AddTemplate(id, name, description);
        await EmulatorHttp.WriteJsonAsync(context, 200, new JsonObject { ["success"] = true, ["message"] = "Badge created successfully", ["badge_id"] = id });
    }
}
