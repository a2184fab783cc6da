using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

using BadgeSdk.Issuance.Wire;

namespace BadgeSdk.Issuance;

/// <summary>Writes a <see cref="CreateBadgeTemplateRequest"/> as JSON or, with a logo, as multipart form data.</summary>
internal static class BadgeTemplateMapper
{
    public static (byte[]? Json, HttpContent? Multipart) ToContent(CreateBadgeTemplateRequest request, string key)
    {
        var payload = new CreateTemplatePayload
        {
            Name = request.Name,
            Description = request.Description,
            IssuingOrganizationName = request.IssuingOrganizationName,
            IdempotencyKey = key,
            Nickname = request.Nickname,
            LeftPanelDescription = request.LeftPanelDescription,
            OrganizationId = request.OrganizationId,
            Comment = request.Comment,
            ExpireDate = request.ExpireDate,
            CustomFields = request.CustomFields.Count == 0 ? null : Fields(request),
        };
        if (request.Logo is null)
        {
            return (JsonSerializer.SerializeToUtf8Bytes(payload, IssuanceJsonContext.Default.CreateTemplatePayload), null);
        }

        return (null, Multipart(payload, request.Logo));
    }

    private static List<TemplateFieldPayload> Fields(CreateBadgeTemplateRequest request)
        => request.CustomFields.Select(f => new TemplateFieldPayload(f.Name, f.Type, f.Required)).ToList();

    private static MultipartFormDataContent Multipart(CreateTemplatePayload payload, BadgeImage logo)
    {
        var form = new MultipartFormDataContent();
        Add(form, "name", payload.Name);
        Add(form, "description", payload.Description);
        Add(form, "issuing_organization_name", payload.IssuingOrganizationName);
        Add(form, "idempotency_key", payload.IdempotencyKey);
        Add(form, "nickname", payload.Nickname);
        Add(form, "left_panel_description", payload.LeftPanelDescription);
        Add(form, "organization_id", payload.OrganizationId);
        Add(form, "comment", payload.Comment);
        Add(form, "expire_date", payload.ExpireDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (payload.CustomFields is { } fields)
        {
            // In multipart, IssueBadge takes custom_fields as a JSON string.
            Add(form, "custom_fields", JsonSerializer.Serialize(fields, IssuanceJsonContext.Default.ListTemplateFieldPayload));
        }

        var file = new ReadOnlyMemoryContent(logo.Content);
        file.Headers.ContentType = new MediaTypeHeaderValue(logo.MediaType!);
        form.Add(file, Quoted("badge_logo"), Quoted("badge_logo" + Extension(logo.MediaType!)));
        return form;
    }

    private static void Add(MultipartFormDataContent form, string name, string? value)
    {
        if (value is not null)
        {
            form.Add(new StringContent(value), Quoted(name));
        }
    }

    // .NET leaves form-data names unquoted; PHP and most servers expect the RFC 7578 quoted form.
    private static string Quoted(string name) => $"\"{name}\"";

    private static string Extension(string mediaType) => mediaType switch
    {
        "image/png" => ".png",
        "image/gif" => ".gif",
        "image/svg+xml" => ".svg",
        _ => ".jpg",
    };

}
