using System.Net;
using BadgeSdk.Issuance;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Issuance;

/// <summary>
/// The shared input rules (bare email, E.164-like phone, no lone UTF-16 surrogates) as Issuance
/// applies them: refused before sending, naming the field. In memory, no WireMock.
/// </summary>
public sealed class IssuanceInputRulesTests
{
    private const string Lone = "\uD800";

    public static TheoryData<string> NotBareEmails => new()
    {
        "Ada <ada@example.com>",
        "\"Ada\" <ada@example.com>",
        "a@b",
        "ada@localhost",
        "ada @example.com",
        "ada@example .com",
        " ada@example.com",
        "ada@example.com\n",
        "ada@@example.com",
        "ada@example@com.org",
        "@example.com",
        "ada@",
        "ada@.example.com",
        "ada@example.com.",
        "ada@example..com",
        ".ada@example.com",
        "ada.@example.com",
        "ada..lovelace@example.com",
        "ada@-example.com",
        "ada@example-.com",
        "ada(comment)@example.com",
        "ada@[192.168.0.1]",
        "ada@exa_mple.com",
        new string('a', 65) + "@example.com",
        "ada@" + new string('a', 64) + ".com",
    };

    public static TheoryData<string> BareEmails => new()
    {
        "ada@example.com",
        "ada.lovelace+badges@mail.example.co.uk",
        "o'brien@example.ie",
        "user_1-x@sub-domain.example.org",
        "ADA@EXAMPLE.COM",
        "ada@xn--bcher-kva.example",
        "jürgen@bücher.example",
        new string('a', 64) + "@" + string.Join('.', Enumerable.Repeat(new string('b', 63), 2)) + "." + new string('c', 57) + ".com",
    };

    public static TheoryData<string> BadPhones => new()
    {
        "12345",
        "123456",
        "+1234567890123456",
        "call me",
        "+44 20 7946 0958 ext 2",
        "++441234567",
        "1234567+",
        "+",
        "",
        " ",
        "+1\n2345678",
        "+1 555 0100 0" + Lone,
        "٠١٢٣٤٥٦٧٨",
    };

    public static TheoryData<string> GoodPhones => new()
    {
        "+1234567890",
        "1234567",
        "+123456789012345",
        "+44 20 7946 0958",
        "+1 (555) 010-9999",
        "(020) 7946-0958",
        "+1.555.010.9999",
    };

    public static TheoryData<string, Func<IssueBadgeRequest>> LoneSurrogates => new()
    {
        { "BadgeId", () => new IssueBadgeRequest("abc" + Lone, "Ada") },
        { "Name", () => new IssueBadgeRequest("abc123", "Ada " + Lone) },
        { "Name", () => new IssueBadgeRequest("abc123", "\uDC00Ada") },
        { "Email", () => new IssueBadgeRequest("abc123", "Ada") { Email = "ada" + Lone + "@example.com" } },
        { "Metadata[note]", () => new IssueBadgeRequest("abc123", "Ada") { Metadata = { ["note"] = "x" + Lone } } },
        { "Metadata", () => new IssueBadgeRequest("abc123", "Ada") { Metadata = { ["note" + Lone] = "x" } } },
    };

    [Theory]
    [MemberData(nameof(NotBareEmails))]
    public async Task Email_must_be_a_bare_address_with_a_dot_in_the_domain(string email)
    {
        var (field, sent) = await RefusedAsync(new IssueBadgeRequest("abc123", "Ada") { Email = email });

        Assert.Equal("Email", field);
        Assert.Equal(0, sent);
    }

    [Fact]
    public async Task Email_over_254_characters_is_refused()
    {
        var email = new string('a', 64) + "@" + new string('b', 63) + "." + new string('c', 63) + "." + new string('d', 58) + ".com";
        Assert.Equal(255, email.Length);

        var (field, _) = await RefusedAsync(new IssueBadgeRequest("abc123", "Ada") { Email = email });

        Assert.Equal("Email", field);
    }

    [Theory]
    [MemberData(nameof(BareEmails))]
    public async Task Bare_email_is_sent_unchanged(string email)
    {
        var body = await SentBodyAsync(new IssueBadgeRequest("abc123", "Ada") { Email = email });

        Assert.Equal(email, body.GetProperty("email").GetString());
    }

    [Theory]
    [MemberData(nameof(BadPhones))]
    public async Task Phone_must_be_7_to_15_digits_with_an_optional_leading_plus(string phone)
    {
        var (field, sent) = await RefusedAsync(new IssueBadgeRequest("abc123", "Ada") { Phone = phone });

        Assert.Equal("Phone", field);
        Assert.Equal(0, sent);
    }

    [Theory]
    [MemberData(nameof(GoodPhones))]
    public async Task Phone_is_sent_as_given(string phone)
    {
        var body = await SentBodyAsync(new IssueBadgeRequest("abc123", "Ada") { Phone = phone });

        Assert.Equal(phone, body.GetProperty("phone").GetString());
    }

    [Theory]
    [MemberData(nameof(LoneSurrogates))]
    public async Task Text_with_a_lone_surrogate_is_refused_instead_of_sent_as_U_FFFD(string expectedField, Func<IssueBadgeRequest> request)
    {
        var (field, sent) = await RefusedAsync(request());

        Assert.Equal(expectedField, field);
        Assert.Equal(0, sent);
    }

    [Fact]
    public async Task Text_with_a_lone_surrogate_is_refused_by_the_get_form_too()
    {
        using var handler = StubHandler.Always(HttpStatusCode.OK);
        using var client = Client(handler);

        var error = await Assert.ThrowsAsync<BadgeValidationException>(() => client.IssueBadgeViaGetAsync(new IssueBadgeRequest("abc123", "Ada" + Lone)));

        Assert.Equal("Name", error.Field);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Surrogate_pairs_are_text_like_any_other()
    {
        var body = await SentBodyAsync(new IssueBadgeRequest("abc123", "Ada 😀") { Metadata = { ["note"] = "𝄞" } });

        Assert.Equal("Ada 😀", body.GetProperty("name").GetString());
    }

    public static TheoryData<string, Func<CreateBadgeTemplateRequest>> TemplateLoneSurrogates => new()
    {
        { "Name", () => new CreateBadgeTemplateRequest("n" + Lone, "d", "o") },
        { "Description", () => new CreateBadgeTemplateRequest("n", "d" + Lone, "o") },
        { "IssuingOrganizationName", () => new CreateBadgeTemplateRequest("n", "d", "o" + Lone) },
        { "Nickname", () => new CreateBadgeTemplateRequest("n", "d", "o") { Nickname = Lone } },
        { "LeftPanelDescription", () => new CreateBadgeTemplateRequest("n", "d", "o") { LeftPanelDescription = Lone } },
        { "OrganizationId", () => new CreateBadgeTemplateRequest("n", "d", "o") { OrganizationId = Lone } },
        { "Comment", () => new CreateBadgeTemplateRequest("n", "d", "o") { Comment = Lone } },
        { "CustomFields[0].Name", () => new CreateBadgeTemplateRequest("n", "d", "o") { CustomFields = { new BadgeTemplateField("f" + Lone, CustomFieldType.Text) } } },
        { "CustomFields[0].Type", () => new CreateBadgeTemplateRequest("n", "d", "o") { CustomFields = { new BadgeTemplateField("f", new CustomFieldType("t" + Lone)) } } },
    };

    [Theory]
    [MemberData(nameof(TemplateLoneSurrogates))]
    public async Task Template_text_with_a_lone_surrogate_is_refused(string expectedField, Func<CreateBadgeTemplateRequest> request)
    {
        using var handler = StubHandler.Always(HttpStatusCode.OK);
        using var client = Client(handler);

        var error = await Assert.ThrowsAsync<BadgeValidationException>(() => client.CreateBadgeTemplateAsync(request()));

        Assert.Equal(expectedField, error.Field);
        Assert.StartsWith(expectedField + ":", error.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    private static IssuanceClient Client(HttpMessageHandler handler)
    {
        var options = new IssuanceClientOptions { BaseAddress = new Uri("https://issuebadge.test/api/v1/"), ApiToken = "123|abc" };
        Clients.Shorten(options);
        return new IssuanceClient(options, handler);
    }

    private static async Task<(string? Field, int Sent)> RefusedAsync(IssueBadgeRequest request)
    {
        using var handler = StubHandler.Always(HttpStatusCode.OK);
        using var client = Client(handler);

        var error = await Assert.ThrowsAsync<BadgeValidationException>(() => client.IssueBadgeAsync(request));

        Assert.StartsWith(error.Field + ":", error.Message, StringComparison.Ordinal);
        return (error.Field, handler.Requests.Count);
    }

    private static async Task<System.Text.Json.JsonElement> SentBodyAsync(IssueBadgeRequest request)
    {
        string? body = null;
        using var handler = new StubHandler((message, _) =>
        {
            body = message.Content!.ReadAsStringAsync().GetAwaiter().GetResult();
            return StubHandler.Json(HttpStatusCode.OK, """{"success":true,"IssueId":"i-1","publicUrl":"https://issuebadge.test/b/i-1"}""");
        });
        using var client = Client(handler);

        await client.IssueBadgeAsync(request);

        return System.Text.Json.JsonDocument.Parse(body!).RootElement.Clone();
    }
}
