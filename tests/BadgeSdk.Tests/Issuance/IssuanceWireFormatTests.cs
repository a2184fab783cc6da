using System.Text;
using System.Text.Json;
using BadgeSdk.Issuance;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Issuance;

/// <summary>The exact JSON body, GET query and multipart form IssueBadge receives for each kind of value.</summary>
public sealed class IssuanceWireFormatTests
{
    [Fact]
    public async Task The_json_body_carries_every_set_field_and_typed_custom_fields()
    {
        var request = new IssueBadgeRequest("abc123", "John Doe")
        {
            Email = "john@example.com",
            Phone = "+1234567890",
            ExpireDate = new DateOnly(2027, 1, 9),
            Metadata =
            {
                ["text"] = "EMP001",
                ["whole"] = 95L,
                ["fraction"] = 4.75m,
                ["day"] = new DateOnly(2025, 11, 10),
                ["link"] = BadgeImage.FromUrl("https://example.com/logo.png"),
                ["photo"] = BadgeImage.FromBytes(TestImages.Gif),
            },
        };

        using var payload = IssueBadgeMapper.ToJson(request, "key-1");
        var json = JsonDocument.Parse(await payload.ReadAsStringAsync()).RootElement;

        Assert.Equal(
            ["badge_id", "name", "email", "phone", "expire_date", "idempotency_key", "metadata"],
            json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("abc123", json.GetProperty("badge_id").GetString());
        Assert.Equal("John Doe", json.GetProperty("name").GetString());
        Assert.Equal("john@example.com", json.GetProperty("email").GetString());
        Assert.Equal("+1234567890", json.GetProperty("phone").GetString());
        Assert.Equal("2027-01-09", json.GetProperty("expire_date").GetString());
        Assert.Equal("key-1", json.GetProperty("idempotency_key").GetString());
        var metadata = json.GetProperty("metadata");
        Assert.Equal("EMP001", metadata.GetProperty("text").GetString());
        Assert.Equal(95, metadata.GetProperty("whole").GetInt64());
        Assert.Equal(4.75m, metadata.GetProperty("fraction").GetDecimal());
        Assert.Equal("2025-11-10", metadata.GetProperty("day").GetString());
        Assert.Equal("https://example.com/logo.png", metadata.GetProperty("link").GetString());
        Assert.Equal("data:image/gif;base64," + Convert.ToBase64String(TestImages.Gif), metadata.GetProperty("photo").GetString());
    }

    [Fact]
    public async Task Unset_fields_and_empty_metadata_are_left_out_of_the_json_body()
    {
        using var payload = IssueBadgeMapper.ToJson(new IssueBadgeRequest("abc123", "John Doe"), "key-2");

        Assert.Equal("""{"badge_id":"abc123","name":"John Doe","idempotency_key":"key-2"}""", await payload.ReadAsStringAsync());
    }

    [Fact]
    public void The_query_has_the_documented_parameters_in_order_escaped()
    {
        var request = new IssueBadgeRequest("abc 123", "Jöhn & Doe")
        {
            Email = "john+x@example.com",
            Phone = "+1 234",
            ExpireDate = new DateOnly(2027, 11, 10),
            Metadata =
            {
                ["score"] = 95,
                ["ratio"] = 0.5m,
                ["when"] = new DateOnly(2025, 1, 2),
                ["dept"] = "R&D",
                ["logo"] = BadgeImage.FromUrl("https://example.com/a.png?x=1"),
            },
        };

        var query = IssueBadgeMapper.ToQuery(request, "key-3");

        Assert.Equal(
            "issue/create?badge_id=abc%20123&name=J%C3%B6hn%20%26%20Doe&email=john%2Bx%40example.com&phone=%2B1%20234&expire_date=2027-11-10&idempotency_key=key-3"
            + "&metadata%5Bscore%5D=95&metadata%5Bratio%5D=0.5&metadata%5Bwhen%5D=2025-01-02&metadata%5Bdept%5D=R%26D&metadata%5Blogo%5D=https%3A%2F%2Fexample.com%2Fa.png%3Fx%3D1",
            query);
    }

    [Fact]
    public void A_minimal_query_ends_without_a_separator()
    {
        Assert.Equal("issue/create?badge_id=b&name=n&idempotency_key=k", IssueBadgeMapper.ToQuery(new IssueBadgeRequest("b", "n"), "k"));
    }

    [Fact]
    public void A_query_of_exactly_the_limit_is_sent_and_one_longer_is_refused()
    {
        var fixedPart = IssueBadgeMapper.ToQuery(new IssueBadgeRequest("b", "n") { Metadata = { ["f"] = "" } }, "k").Length;
        var fits = new IssueBadgeRequest("b", "n") { Metadata = { ["f"] = new string('x', IssueBadgeMapper.MaxQueryLength - fixedPart) } };
        var tooLong = new IssueBadgeRequest("b", "n") { Metadata = { ["f"] = new string('x', IssueBadgeMapper.MaxQueryLength - fixedPart + 1) } };

        Assert.Equal(IssueBadgeMapper.MaxQueryLength, IssueBadgeMapper.ToQuery(fits, "k").Length);
        var error = Assert.Throws<BadgeValidationException>(() => IssueBadgeMapper.ToQuery(tooLong, "k"));
        Assert.Equal("Metadata", error.Field);
        Assert.Contains($"would be {IssueBadgeMapper.MaxQueryLength + 1} characters, over the {IssueBadgeMapper.MaxQueryLength}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_without_a_logo_is_json_without_unset_fields()
    {
        var (json, multipart) = BadgeTemplateMapper.ToContent(new CreateBadgeTemplateRequest("Safety", "Course", "Contoso"), "key-4");

        Assert.Null(multipart);
        Assert.Equal("""{"name":"Safety","description":"Course","issuing_organization_name":"Contoso","idempotency_key":"key-4"}""", Encoding.UTF8.GetString(json!));
    }

    [Fact]
    public void A_template_without_a_logo_carries_every_optional_field_as_json()
    {
        var request = new CreateBadgeTemplateRequest("Safety", "Course", "Contoso")
        {
            Nickname = "nick",
            LeftPanelDescription = "left",
            OrganizationId = "org-1",
            Comment = "c",
            ExpireDate = new DateOnly(2027, 12, 31),
            CustomFields = { new BadgeTemplateField("employee_id", CustomFieldType.Text, Required: true), new BadgeTemplateField("score", CustomFieldType.Number) },
        };

        var (json, _) = BadgeTemplateMapper.ToContent(request, "key-5");

        Assert.Equal(
            """{"name":"Safety","description":"Course","issuing_organization_name":"Contoso","idempotency_key":"key-5","nickname":"nick","left_panel_description":"left","organization_id":"org-1","comment":"c","expire_date":"2027-12-31","custom_fields":[{"name":"employee_id","type":"text","required":true},{"name":"score","type":"number","required":false}]}""",
            Encoding.UTF8.GetString(json!));
    }

    public static TheoryData<byte[], string, string> Logos => new()
    {
        { TestImages.Png, "image/png", "badge_logo.png" },
        { TestImages.Gif, "image/gif", "badge_logo.gif" },
        { TestImages.Svg, "image/svg+xml", "badge_logo.svg" },
        { TestImages.Jpeg, "image/jpeg", "badge_logo.jpg" },
    };

    [Theory]
    [MemberData(nameof(Logos))]
    public async Task A_template_with_a_logo_is_a_multipart_form_with_quoted_names(byte[] logo, string mediaType, string fileName)
    {
        var request = new CreateBadgeTemplateRequest("Safety", "Course", "Contoso")
        {
            Comment = "c",
            ExpireDate = new DateOnly(2027, 1, 2),
            CustomFields = { new BadgeTemplateField("employee_id", CustomFieldType.Text, Required: true) },
            Logo = BadgeImage.FromBytes(logo),
        };

        var (json, multipart) = BadgeTemplateMapper.ToContent(request, "key-6");

        Assert.Null(json);
        var form = Assert.IsType<MultipartFormDataContent>(multipart);
        var parts = new Dictionary<string, HttpContent>();
        foreach (var part in form)
        {
            parts.Add(part.Headers.ContentDisposition!.Name!, part);
        }

        Assert.Equal(["name", "description", "issuing_organization_name", "idempotency_key", "comment", "expire_date", "custom_fields", "badge_logo"], parts.Keys);
        Assert.Equal("Safety", await parts["name"].ReadAsStringAsync());
        Assert.Equal("Course", await parts["description"].ReadAsStringAsync());
        Assert.Equal("Contoso", await parts["issuing_organization_name"].ReadAsStringAsync());
        Assert.Equal("key-6", await parts["idempotency_key"].ReadAsStringAsync());
        Assert.Equal("2027-01-02", await parts["expire_date"].ReadAsStringAsync());
        Assert.Equal("""[{"name":"employee_id","type":"text","required":true}]""", await parts["custom_fields"].ReadAsStringAsync());
        var file = parts["badge_logo"];
        Assert.Equal(mediaType, file.Headers.ContentType!.MediaType);
        Assert.Equal(fileName, file.Headers.ContentDisposition!.FileName!.Trim('"'));
        Assert.Equal(logo, await file.ReadAsByteArrayAsync());

        // On the wire every name is quoted (RFC 7578), as PHP expects.
        var wire = Encoding.Latin1.GetString(await form.ReadAsByteArrayAsync());
        Assert.Contains("Content-Disposition: form-data; name=\"name\"\r\n", wire, StringComparison.Ordinal);
        Assert.Contains("Content-Disposition: form-data; name=\"custom_fields\"\r\n", wire, StringComparison.Ordinal);
        Assert.Contains($"Content-Disposition: form-data; name=\"badge_logo\"; filename=\"{fileName}\"", wire, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_multipart_template_with_every_field_sends_them_all()
    {
        var request = new CreateBadgeTemplateRequest("Safety", "Course", "Contoso")
        {
            Nickname = "nick",
            LeftPanelDescription = "left",
            OrganizationId = "org-1",
            Logo = BadgeImage.FromBytes(TestImages.Png),
        };

        var (_, multipart) = BadgeTemplateMapper.ToContent(request, "key-7");

        var parts = new Dictionary<string, string>();
        foreach (var part in (MultipartFormDataContent)multipart!)
        {
            parts.Add(part.Headers.ContentDisposition!.Name!.Trim('"'), part is StringContent ? await part.ReadAsStringAsync() : "(file)");
        }

        Assert.Equal("nick", parts["nickname"]);
        Assert.Equal("left", parts["left_panel_description"]);
        Assert.Equal("org-1", parts["organization_id"]);
        Assert.False(parts.ContainsKey("custom_fields"));
        Assert.False(parts.ContainsKey("comment"));
        Assert.False(parts.ContainsKey("expire_date"));
    }

    [Theory]
    [InlineData(0, "CustomFields[0].Name")]
    [InlineData(1, "CustomFields[1].Name")]
    public void A_blank_template_field_name_is_named_by_its_index(int blank, string field)
    {
        var request = new CreateBadgeTemplateRequest("Safety", "Course", "Contoso");
        request.CustomFields.Add(new BadgeTemplateField(blank == 0 ? " " : "first", CustomFieldType.Text));
        request.CustomFields.Add(new BadgeTemplateField(blank == 1 ? "" : "second", CustomFieldType.Text));

        Assert.Equal(field, Assert.Throws<BadgeValidationException>(() => BadgeTemplateValidator.Validate(request)).Field);
    }

    [Theory]
    [InlineData("", "d", "o", "Name")]
    [InlineData("n", "", "o", "Description")]
    [InlineData("n", "d", " ", "IssuingOrganizationName")]
    public void A_template_needs_a_name_a_description_and_an_organization(string name, string description, string organization, string field)
    {
        var request = new CreateBadgeTemplateRequest(name, description, organization);

        Assert.Equal(field, Assert.Throws<BadgeValidationException>(() => BadgeTemplateValidator.Validate(request)).Field);
    }

    [Fact]
    public void A_template_logo_must_be_uploaded_not_linked()
    {
        var request = new CreateBadgeTemplateRequest("n", "d", "o") { Logo = BadgeImage.FromUrl("https://example.com/logo.png") };

        var error = Assert.Throws<BadgeValidationException>(() => BadgeTemplateValidator.Validate(request));

        Assert.Equal("Logo", error.Field);
        Assert.Contains("not a URL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_logo_of_exactly_2_MB_is_accepted()
    {
        BadgeTemplateValidator.Validate(new CreateBadgeTemplateRequest("n", "d", "o") { Logo = BadgeImage.FromBytes(TestImages.PngOfSize(CreateBadgeTemplateRequest.MaxLogoBytes)) });

        var error = Assert.Throws<BadgeValidationException>(() => BadgeTemplateValidator.Validate(new CreateBadgeTemplateRequest("n", "d", "o") { Logo = BadgeImage.FromBytes(TestImages.PngOfSize(CreateBadgeTemplateRequest.MaxLogoBytes + 1)) }));
        Assert.Equal("Logo: is 2,097,153 bytes; the limit is 2,097,152 bytes (2 MB).", error.Message);
    }

    [Theory]
    [MemberData(nameof(Logos))]
    public void Each_supported_logo_type_is_accepted(byte[] logo, string mediaType, string fileName)
    {
        var request = new CreateBadgeTemplateRequest("n", "d", "o") { Logo = BadgeImage.FromBytes(logo) };

        BadgeTemplateValidator.Validate(request);

        Assert.Equal(mediaType, request.Logo.MediaType);
        Assert.StartsWith("badge_logo.", fileName, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_email_is_named_but_never_repeated_in_the_message()
    {
        var error = Assert.Throws<BadgeValidationException>(() => IssueBadgeValidator.Validate(new IssueBadgeRequest("b", "n") { Email = "not-an-email" }));

        // The address is personal data, so the message names the field and the rule, not the value.
        Assert.Equal("Email: is not a bare email address: give only name@example.com (no display name, spaces or comments, a dot in the domain, at most 254 characters).", error.Message);
        Assert.DoesNotContain("not-an-email", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_key_validation_body_never_prints_the_key()
    {
        Assert.Equal("ValidateKeyPayload { ApiKey = *** }", new BadgeSdk.Issuance.Wire.ValidateKeyPayload { ApiKey = "secret-key" }.ToString());
    }

    [Fact]
    public void A_template_logo_must_be_jpeg_png_gif_or_svg()
    {
        var error = Assert.Throws<BadgeValidationException>(() => BadgeTemplateValidator.Validate(new CreateBadgeTemplateRequest("n", "d", "o") { Logo = BadgeImage.FromBytes(TestImages.WebP) }));

        Assert.Equal("Logo", error.Field);
        Assert.Contains("image/webp", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_request_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => BadgeTemplateValidator.Validate(null!));
        Assert.Throws<ArgumentNullException>(() => IssueBadgeValidator.Validate(null!));
    }
}
