using System.Globalization;
using System.Text;
using BadgeSdk.Core.Http;

namespace BadgeSdk.Issuance;

/// <summary>Writes an <see cref="IssueBadgeRequest"/> as the JSON body or the GET query the docs show.</summary>
internal static class IssueBadgeMapper
{
    /// <summary>Longest GET URL sent; many proxies and servers refuse longer ones.</summary>
    public const int MaxQueryLength = 8000;

    public static JsonPayload ToJson(IssueBadgeRequest request, string key)
    {
        using var builder = new JsonPayloadBuilder();
        var writer = builder.Writer;
        writer.WriteStartObject();
        writer.WriteString("badge_id", request.BadgeId);
        writer.WriteString("name", request.Name);
        WriteIfSet(writer, "email", request.Email);
        WriteIfSet(writer, "phone", request.Phone);
        WriteIfSet(writer, "expire_date", Date(request.ExpireDate));
        writer.WriteString("idempotency_key", key);
        if (request.Metadata.Count > 0)
        {
            writer.WriteStartObject("metadata");
            foreach (var (name, value) in request.Metadata)
            {
                writer.WritePropertyName(name);
                WriteValue(builder, value);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        return builder.Build();
    }

    /// <summary>
    /// The documented query parameters, in the documented order. Custom fields travel as
    /// <c>metadata[name]=value</c>, the form IssueBadge's Laravel back end reads (inferred: the GET
    /// example on the docs page shows no metadata).
    /// </summary>
    public static string ToQuery(IssueBadgeRequest request, string key)
    {
        var query = new StringBuilder("issue/create?");
        Append(query, "badge_id", request.BadgeId);
        Append(query, "name", request.Name);
        Append(query, "email", request.Email);
        Append(query, "phone", request.Phone);
        Append(query, "expire_date", Date(request.ExpireDate));
        Append(query, "idempotency_key", key);
        foreach (var (name, value) in request.Metadata)
        {
            if (value.ImageValue is { IsEmbedded: true })
            {
                throw BadgeValidationException.ForField(
                    $"{nameof(IssueBadgeRequest.Metadata)}[{name}]",
                    "an embedded image cannot travel in a GET query string; use IssueBadgeAsync (POST), or pass the image as a URL.");
            }

            Append(query, $"metadata[{name}]", value.ToString());
        }

        query.Length--; // the trailing '&'
        if (query.Length > MaxQueryLength)
        {
            throw BadgeValidationException.ForField(
                nameof(IssueBadgeRequest.Metadata),
                $"the GET query would be {query.Length} characters, over the {MaxQueryLength} that servers reliably accept; use IssueBadgeAsync (POST).");
        }

        return query.ToString();
    }

    private static void WriteValue(JsonPayloadBuilder builder, CustomFieldValue value)
    {
        var writer = builder.Writer;
        switch (value.Kind)
        {
            case CustomFieldKind.WholeNumber:
                writer.WriteNumberValue(value.IntegerValue);
                break;
            case CustomFieldKind.DecimalNumber:
                writer.WriteNumberValue(value.DecimalValue);
                break;
            case CustomFieldKind.Image when value.ImageValue!.IsEmbedded:
                builder.WriteBase64StringValue($"data:{value.ImageValue.MediaType};base64,", value.ImageValue.Content);
                break;
            default:
                writer.WriteStringValue(value.ToString());
                break;
        }
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteIfSet(System.Text.Json.Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void Append(StringBuilder query, string name, string? value)
    {
        if (value is not null)
        {
            query.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value)).Append('&');
        }
    }
}
