using System.Text.Json;
using BadgeSdk.Passes.Wire;

namespace BadgeSdk.Passes;

/// <summary>
/// Maps the public Passes models to and from their wire DTOs, so a public type can be renamed or
/// reshaped without changing a byte on the wire. Requests are checked by <see cref="PassesValidator"/> first.
/// </summary>
internal static class PassesMapper
{
    /// <summary>Maps an upsert.</summary>
    /// <param name="request">The checked request.</param>
    /// <param name="inviteEmailField">The configured JSON name of the invite-email flag; required when the request sets it.</param>
    /// <returns>The body.</returns>
    public static UserPassUpsertWire ToWire(UpsertUserPassRequest request, string? inviteEmailField)
    {
        Dictionary<string, JsonElement>? extra = null;
        if (request.SendInviteEmail is { } invite && inviteEmailField is not null)
        {
            extra = new() { [inviteEmailField] = JsonSerializer.SerializeToElement(invite, PassesJsonContext.Default.Boolean) };
        }

        return new UserPassUpsertWire
        {
            PassTemplateId = request.PassTemplateId,
            User = new PassUserWire
            {
                Id = request.User.Id,
                Email = request.User.Email,
                Attributes = request.User.Attributes.Count == 0 ? null : request.User.Attributes,
            },
            Pass = request.Pass is { } pass ? new PassWire { Id = pass.Id, Attributes = pass.Attributes.Count == 0 ? null : pass.Attributes } : null,
            Extra = extra,
        };
    }

    /// <summary>Maps an upsert's answer.</summary>
    /// <param name="response">The answer.</param>
    /// <param name="request">The request, whose pass id stands in when the answer carries none.</param>
    /// <returns>The result.</returns>
    public static UpsertUserPassResult FromWire(UserPassUpsertResponse response, UpsertUserPassRequest request)
        => new(
            Uri.TryCreate(response.Pass?.DownloadUrl, UriKind.Absolute, out var url) ? url : null,
            response.Pass?.Id ?? request.Pass?.Id);

    /// <summary>Writes a push notification body under the configured (inferred) member names.</summary>
    /// <param name="request">The checked request.</param>
    /// <param name="names">The JSON names of the template id, the pass id and the message.</param>
    /// <returns>The body.</returns>
    public static byte[] ToJson(SendPushNotificationRequest request, PushNotificationNames names)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString(names.TemplateId, request.PassTemplateId);
            writer.WriteString(names.PassId, request.PassId);
            writer.WriteString(names.Message, request.Message);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Maps the template list.</summary>
    /// <param name="response">The answer.</param>
    /// <returns>The templates.</returns>
    public static IReadOnlyList<PassTemplate> FromWire(PassTemplateListResponse response)
        => response.PassTemplates is { } templates
            ? [.. templates.OfType<PassTemplateWire>().Select(t => new PassTemplate(t.Id ?? string.Empty, t.Name))]
            : [];

    /// <summary>Maps a Web SDK token request.</summary>
    /// <param name="request">The checked request.</param>
    /// <returns>The body.</returns>
    public static SdkTokenWire ToWire(CreateSdkTokenRequest request)
        => new() { TemplateId = request.TemplateId, Permissions = [.. request.Permissions.Select(p => p.Value)] };

    /// <summary>Maps a new webhook endpoint.</summary>
    /// <param name="request">The checked request.</param>
    /// <returns>The body.</returns>
    public static WebhookEndpointWire ToWire(CreateWebhookEndpointRequest request)
        => new() { Url = request.Url.AbsoluteUri, EnabledTopics = [.. request.EnabledTopics.Select(t => t.Value)], Enabled = request.Enabled };

    /// <summary>Maps a created webhook endpoint.</summary>
    /// <param name="answer">The answer.</param>
    /// <returns>The result.</returns>
    public static CreateWebhookEndpointResult FromWire(WebhookEndpointWire answer)
        => new(
            answer.Id ?? string.Empty,
            answer.Secret,
            Uri.TryCreate(answer.Url, UriKind.Absolute, out var url) ? url : null,
            answer.EnabledTopics is { } topics ? [.. topics.OfType<string>().Select(t => new WebhookTopic(t))] : [],
            answer.Enabled ?? false,
            answer.CreatedAt);
}
