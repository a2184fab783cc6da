using System.Net;
using BadgeSdk.Issuance;
using BadgeSdk.Loyalty;
using BadgeSdk.Passes;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Core;

/// <summary>
/// Settings that carry or shape a credential are checked when a client is built, with an
/// <see cref="ArgumentException"/> naming the setting as a configuration key and never quoting the
/// value: an https token endpoint, header-safe tokens, keys and passwords, a valid header name.
/// </summary>
public sealed class CredentialSettingsTests
{
    private const string Secretish = "s3cr3t-value";

    private static readonly string[] Settings =
        ["Issuance:ApiToken", "Passes:ApiKey", "Loyalty:TillId", "Loyalty:Password", "Loyalty:OAuthClientKey", "Loyalty:OAuthClientSecret"];

    public static TheoryData<string, string> HeaderUnsafeCredentials
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var setting in Settings)
            {
                foreach (var bad in new[] { "\r\nX-Evil: 1", "\n", "\0", "\u007f", "é", "😀" })
                {
                    data.Add(setting, Secretish + bad);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(HeaderUnsafeCredentials))]
    public void Header_unsafe_credential_is_refused_at_construction_without_quoting_it(string setting, string value)
    {
        var error = Assert.Throws<ArgumentException>(() => Build(setting, value));

        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secretish, error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Issuance:ApiToken")]
    [InlineData("Passes:ApiKey")]
    [InlineData("Loyalty:TillId")]
    [InlineData("Loyalty:OAuthClientKey")]
    public void Token_like_credential_cannot_hold_a_space(string setting)
    {
        var error = Assert.Throws<ArgumentException>(() => Build(setting, "abc def"));

        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Issuance:ApiToken", " without spaces")]
    [InlineData("Loyalty:Password", "")]
    public void The_message_names_the_alphabet_the_setting_allows(string setting, string spaces)
    {
        var error = Assert.Throws<ArgumentException>(() => Build(setting, Secretish + "\n"));

        Assert.Equal($"{setting} contains a line break (CR or LF); it must be printable ASCII{spaces}. (The value is not shown.)", error.Message);
    }

    [Fact]
    public void Till_id_cannot_hold_a_colon_which_ends_the_user_id_in_basic_authentication()
    {
        var error = Assert.Throws<ArgumentException>(() => Loyalty(o => o.TillId = "till:one"));

        Assert.Contains("Loyalty:TillId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Password_and_client_secret_may_hold_spaces()
    {
        Loyalty(o => o.Password = "correct horse battery staple");
        LoyaltyOAuth(o => o.OAuthClientSecret = "a secret with spaces");
    }

    [Fact]
    public void Md5_password_must_be_32_hex_digits()
    {
        var error = Assert.Throws<ArgumentException>(() => Loyalty(o =>
        {
            o.Password = "not-a-digest";
            o.PasswordIsMd5 = true;
        }));

        Assert.Contains("Loyalty:Password", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-a-digest", error.Message, StringComparison.Ordinal);
        Loyalty(o =>
        {
            o.Password = "0123456789ABCDEF0123456789abcdef";
            o.PasswordIsMd5 = true;
        });
    }

    [Theory]
    [InlineData("X-Token: evil")]
    [InlineData("X Token")]
    [InlineData("X-Tökén")]
    [InlineData("X-Token\r\n")]
    [InlineData("X-Token(1)")]
    public void OAuth_token_header_name_must_be_an_http_token(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => LoyaltyOAuth(o => o.OAuthTokenHeaderName = name));

        Assert.Contains("Loyalty:OAuthTokenHeaderName", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CAP-API-ACCESS-TOKEN")]
    [InlineData("x_cap.token~1")]
    public void OAuth_token_header_name_accepts_tokens(string name)
    {
        LoyaltyOAuth(o => o.OAuthTokenHeaderName = name);
    }

    [Theory]
    [InlineData("http://eu.api.capillarytech.com/v3/oauth/token/generate", "Loyalty:OAuthTokenEndpoint must use https")]
    [InlineData("ftp://eu.api.capillarytech.com/v3/oauth/token/generate", "Loyalty:OAuthTokenEndpoint must be an http(s) URI")]
    public void OAuth_token_endpoint_carries_the_client_secret_so_it_must_be_https(string endpoint, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => LoyaltyOAuth(o => o.OAuthTokenEndpoint = new Uri(endpoint)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080/v3/oauth/token/generate")]
    [InlineData("http://localhost/v3/oauth/token/generate")]
    [InlineData("https://eu.api.capillarytech.com/v3/oauth/token/generate")]
    public void OAuth_token_endpoint_may_be_https_or_loopback_http(string endpoint)
    {
        LoyaltyOAuth(o => o.OAuthTokenEndpoint = new Uri(endpoint));
    }

    [Fact]
    public void Application_id_must_be_ascii_because_it_travels_in_user_agent()
    {
        var error = Assert.Throws<ArgumentException>(() => Issuance(o => o.ApplicationId = "contoso-hr/2.1é"));

        Assert.Contains("Issuance:ApplicationId", error.Message, StringComparison.Ordinal);
    }

    private static void Build(string setting, string value)
    {
        switch (setting)
        {
            case "Issuance:ApiToken": Issuance(o => o.ApiToken = value); break;
            case "Passes:ApiKey": Passes(o => o.ApiKey = value); break;
            case "Loyalty:TillId": Loyalty(o => o.TillId = value); break;
            case "Loyalty:Password": Loyalty(o => o.Password = value); break;
            case "Loyalty:OAuthClientKey": LoyaltyOAuth(o => o.OAuthClientKey = value); break;
            default: LoyaltyOAuth(o => o.OAuthClientSecret = value); break;
        }
    }

    private static void Issuance(Action<IssuanceClientOptions> configure)
    {
        var options = new IssuanceClientOptions { ApiToken = "123|abcdef" };
        configure(options);
        using var handler = StubHandler.Always(HttpStatusCode.OK);
        using var client = new IssuanceClient(options, handler);
    }

    private static void Passes(Action<PassesClientOptions> configure)
    {
        var options = new PassesClientOptions { ApiKey = "badge-key" };
        configure(options);
        using var handler = StubHandler.Always(HttpStatusCode.OK);
        using var client = new PassesClient(options, handler);
    }

    private static void Loyalty(Action<LoyaltyClientOptions> configure)
    {
        var options = new LoyaltyClientOptions { TillId = "till.one", Password = "pw" };
        configure(options);
        using var handler = StubHandler.Always(HttpStatusCode.OK);
        using var client = new LoyaltyClient(options, handler);
    }

    private static void LoyaltyOAuth(Action<LoyaltyClientOptions> configure)
    {
        var options = new LoyaltyClientOptions { OAuthClientKey = "client-key", OAuthClientSecret = "client-secret" };
        configure(options);
        using var handler = StubHandler.Always(HttpStatusCode.OK);
        using var client = new LoyaltyClient(options, handler);
    }
}
