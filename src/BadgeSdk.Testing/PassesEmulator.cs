using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using BadgeSdk.Passes;
using Microsoft.AspNetCore.Http;

namespace BadgeSdk.Testing;

/// <summary>
/// The emulated Badge wallet API (<c>/v0/</c>): upserts users and passes with the documented
/// semantics (no pass id: every pass of the user in the template, one created if none), returns
/// download links, records push notifications per pass, and delivers signed webhooks.
/// </summary>
public sealed class PassesEmulator
{
    /// <summary>The template every emulator starts with.</summary>
    public const string DefaultTemplateId = "a84f890a-2478-925f-38ba-673e833e526c";

    private readonly object _gate = new();
    private readonly Dictionary<string, string> _templates = new(StringComparer.Ordinal) { [DefaultTemplateId] = "Membership" };
    private readonly Dictionary<string, EmulatedPassUser> _users = new(StringComparer.Ordinal);
    private readonly List<EmulatedPass> _passes = [];
    private readonly List<EmulatedPushNotification> _notifications = [];
    private readonly List<(string Id, string Secret, Uri Url, string[] Topics, bool Enabled)> _endpoints = [];
    private readonly List<EmulatedWebhookDelivery> _deliveries = [];
    private readonly string _apiKey;
    private readonly Func<Uri> _baseAddress;
    private readonly TimeProvider _time;

    internal PassesEmulator(string apiKey, Func<Uri> baseAddress, TimeProvider time)
    {
        _apiKey = apiKey;
        _baseAddress = baseAddress;
        _time = time;
    }

    /// <summary>Gets every pass.</summary>
    public IReadOnlyList<EmulatedPass> Passes => Snapshot(_passes);

    /// <summary>Gets every user.</summary>
    public IReadOnlyList<EmulatedPassUser> Users
    {
        get
        {
            lock (_gate)
            {
                return [.. _users.Values];
            }
        }
    }

    /// <summary>Gets every push notification received, in order.</summary>
    public IReadOnlyList<EmulatedPushNotification> Notifications => Snapshot(_notifications);

    /// <summary>Gets every webhook delivered.</summary>
    public IReadOnlyList<EmulatedWebhookDelivery> Deliveries => Snapshot(_deliveries);

    /// <summary>Adds a pass template.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="name">Its name.</param>
    public void AddTemplate(string id, string name)
    {
        lock (_gate)
        {
            _templates[id] = name;
        }
    }

    /// <summary>
    /// Delivers a webhook for a pass to every enabled endpoint subscribed to the topic, signed the
    /// way <see cref="WebhookVerifier"/> checks (Standard Webhooks).
    /// </summary>
    /// <param name="topic">The topic, for example <see cref="WebhookTopic.PassActivated"/>.</param>
    /// <param name="passId">The pass.</param>
    /// <param name="client">Sends the deliveries; a new one when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the deliveries.</param>
    /// <returns>The deliveries made.</returns>
    public async Task<IReadOnlyList<EmulatedWebhookDelivery>> TriggerWebhookAsync(WebhookTopic topic, string passId, HttpClient? client = null, CancellationToken cancellationToken = default)
    {
        List<(string Id, string Secret, Uri Url, string[] Topics, bool Enabled)> targets;
        EmulatedPass? pass;
        lock (_gate)
        {
            targets = _endpoints.Where(e => e.Enabled && e.Topics.Contains(topic.Value, StringComparer.OrdinalIgnoreCase)).ToList();
            pass = _passes.FirstOrDefault(p => p.PassId == passId);
        }

        var body = Encoding.UTF8.GetBytes(new JsonObject
        {
            ["type"] = topic.Value,
            ["data"] = new JsonObject { ["passId"] = passId, ["passTemplateId"] = pass?.PassTemplateId, ["userId"] = pass?.UserId },
        }.ToJsonString());
        var made = new List<EmulatedWebhookDelivery>();
        using var owned = client is null ? new HttpClient() : null;
        foreach (var (id, secret, url, _, _) in targets)
        {
            var webhookId = "msg_" + Guid.NewGuid().ToString("N");
            var stamp = _time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            request.Headers.Add(WebhookVerifier.IdHeader, webhookId);
            request.Headers.Add(WebhookVerifier.TimestampHeader, stamp);
            request.Headers.Add(WebhookVerifier.SignatureHeader, new WebhookVerifier(secret).CreateSignatureHeader(webhookId, stamp, body));
            int status;
            try
            {
                using var response = await (client ?? owned!).SendAsync(request, cancellationToken).ConfigureAwait(false);
                status = (int)response.StatusCode;
            }
            catch (HttpRequestException)
            {
                status = 0;
            }

            made.Add(new EmulatedWebhookDelivery(id, url, webhookId, status));
        }

        lock (_gate)
        {
            _deliveries.AddRange(made);
        }

        return made;
    }

    internal async Task<bool> TryHandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (!path.StartsWith("/v0/", StringComparison.Ordinal))
        {
            return false;
        }

        if (EmulatorHttp.Bearer(context) != _apiKey)
        {
            await EmulatorHttp.WriteJsonAsync(context, 401, new JsonObject { ["message"] = "Invalid API key" });
            return true;
        }

        var method = context.Request.Method;
        switch (path)
        {
            case "/v0/rpc/userPassUpsert" when HttpMethods.IsPost(method):
                await UpsertAsync(context, await EmulatorHttp.ReadJsonAsync(context));
                return true;
            case "/v0/rpc/passSendPushNotification" when HttpMethods.IsPost(method):
                await PushAsync(context, await EmulatorHttp.ReadJsonAsync(context));
                return true;
            case "/v0/passTemplates" when HttpMethods.IsGet(method):
                await ListTemplatesAsync(context);
                return true;
            case "/v0/sdkToken" when HttpMethods.IsPost(method):
                await EmulatorHttp.WriteJsonAsync(context, 200, new JsonObject { ["token"] = "eyJhbGciOiJub25lIn0." + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)) + "." });
                return true;
            case "/v0/webhookEndpoints" when HttpMethods.IsPost(method):
                await CreateEndpointAsync(context, await EmulatorHttp.ReadJsonAsync(context));
                return true;
            default:
                await EmulatorHttp.WriteJsonAsync(context, 404, new JsonObject { ["message"] = "Not found" });
                return true;
        }
    }

    private static Dictionary<string, string> Attributes(JsonNode? node)
        => node is JsonObject json ? json.ToDictionary(p => p.Key, p => p.Value?.ToString() ?? string.Empty, StringComparer.Ordinal) : [];

    private IReadOnlyList<T> Snapshot<T>(List<T> items)
    {
        lock (_gate)
        {
            return [.. items];
        }
    }

    private async Task UpsertAsync(HttpContext context, JsonObject? body)
    {
        var templateId = EmulatorHttp.Text(body, "passTemplateId");
        var user = body?["user"] as JsonObject;
        var userId = EmulatorHttp.Text(user, "id");
        if (string.IsNullOrWhiteSpace(templateId) || string.IsNullOrWhiteSpace(userId))
        {
            await EmulatorHttp.WriteJsonAsync(context, 400, new JsonObject { ["message"] = "passTemplateId and user.id are required" });
            return;
        }

        var pass = body!["pass"] as JsonObject;
        EmulatedPass? answer;
        lock (_gate)
        {
            if (!_templates.ContainsKey(templateId))
            {
                answer = null;
            }
            else
            {
                var existing = _users.GetValueOrDefault(userId);
                var userAttributes = existing?.Attributes.ToDictionary(StringComparer.Ordinal) ?? new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (key, value) in Attributes(user!["attributes"]))
                {
                    userAttributes[key] = value;
                }

                _users[userId] = new EmulatedPassUser(userId, EmulatorHttp.Text(user, "email") ?? existing?.Email, userAttributes);
                answer = pass is null ? UpsertAll(templateId, userId) : UpsertOne(templateId, userId, EmulatorHttp.Text(pass, "id") ?? Guid.NewGuid().ToString("N"), Attributes(pass["attributes"]));
            }
        }

        if (answer is null)
        {
            await EmulatorHttp.WriteJsonAsync(context, 404, new JsonObject { ["message"] = "Pass template not found" });
            return;
        }

        await EmulatorHttp.WriteJsonAsync(context, 200, new JsonObject { ["pass"] = new JsonObject { ["id"] = answer.PassId, ["downloadUrl"] = answer.DownloadUrl.ToString() } });
    }

    // Callers hold _gate.
    private EmulatedPass UpsertOne(string templateId, string userId, string passId, Dictionary<string, string> attributes)
    {
        var index = _passes.FindIndex(p => p.PassTemplateId == templateId && p.PassId == passId);
        if (index >= 0)
        {
            var merged = _passes[index].Attributes.ToDictionary(StringComparer.Ordinal);
            foreach (var (key, value) in attributes)
            {
                merged[key] = value;
            }

            return _passes[index] = _passes[index] with { Attributes = merged };
        }

        var created = new EmulatedPass(templateId, passId, userId, attributes, new Uri(_baseAddress(), $"download?id={passId}&token={Guid.NewGuid():N}"));
        _passes.Add(created);
        return created;
    }

    // Callers hold _gate. No pass in the request: every pass of the user in the template, one created if none.
    private EmulatedPass UpsertAll(string templateId, string userId)
    {
        var mine = _passes.Where(p => p.PassTemplateId == templateId && p.UserId == userId).ToList();
        return mine.Count == 0 ? UpsertOne(templateId, userId, Guid.NewGuid().ToString("N"), []) : mine[0];
    }

    private async Task PushAsync(HttpContext context, JsonObject? body)
    {
        var templateId = EmulatorHttp.Text(body, "passTemplateId");
        var passId = EmulatorHttp.Text(body, "passId");
        var message = EmulatorHttp.Text(body, "message");
        bool known;
        lock (_gate)
        {
            known = _passes.Any(p => p.PassTemplateId == templateId && p.PassId == passId);
            if (known && !string.IsNullOrWhiteSpace(message))
            {
                _notifications.Add(new EmulatedPushNotification(templateId!, passId!, message));
            }
        }

        if (string.IsNullOrWhiteSpace(message))
        {
            await EmulatorHttp.WriteJsonAsync(context, 400, new JsonObject { ["message"] = "message is required" });
        }
        else if (!known)
        {
            await EmulatorHttp.WriteJsonAsync(context, 404, new JsonObject { ["message"] = "Pass not found" });
        }
        else
        {
            await EmulatorHttp.WriteJsonAsync(context, 200, new JsonObject());
        }
    }

    private async Task ListTemplatesAsync(HttpContext context)
    {
        JsonArray templates;
        lock (_gate)
        {
            templates = [.. _templates.Select(t => (JsonNode)new JsonObject { ["id"] = t.Key, ["name"] = t.Value })];
        }

        await EmulatorHttp.WriteJsonAsync(context, 200, new JsonObject { ["passTemplates"] = templates });
    }

    private async Task CreateEndpointAsync(HttpContext context, JsonObject? body)
    {
        if (!Uri.TryCreate(EmulatorHttp.Text(body, "url"), UriKind.Absolute, out var url))
        {
            await EmulatorHttp.WriteJsonAsync(context, 400, new JsonObject { ["message"] = "url is required" });
            return;
        }

        var topics = (body!["enabledTopics"] as JsonArray)?.Select(t => t?.ToString() ?? string.Empty).ToArray() ?? [];
        var id = "ep_" + Guid.NewGuid().ToString("N")[..12];
        var secret = "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));
        var enabled = body["enabled"]?.GetValue<bool>() ?? true;
        lock (_gate)
        {
            _endpoints.Add((id, secret, url, topics, enabled));
        }

        await EmulatorHttp.WriteJsonAsync(context, 200, new JsonObject
        {
            ["id"] = id,
            ["secret"] = secret,
            ["url"] = url.ToString(),
            ["enabledTopics"] = new JsonArray([.. topics.Select(t => (JsonNode)t)]),
            ["enabled"] = enabled,
            ["createdAt"] = _time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        });
    }
}
