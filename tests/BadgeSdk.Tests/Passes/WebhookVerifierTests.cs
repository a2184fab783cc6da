using System.Security.Cryptography;
using System.Text;
using BadgeSdk.Passes;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Passes;

public class WebhookVerifierTests
{
    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string Id = "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W";
    private const string Body = """{"type":"pass.activated","data":{"passId":"88787","passTemplateId":"a84f890a-2478-925f-38ba-673e833e526c"}}""";
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
    private static readonly string Timestamp = Now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    private readonly WebhookVerifier _verifier = new(Secret, timeProvider: new ManualTimeProvider(Now));

    [Fact]
    public void Valid_delivery_verifies_against_an_independently_computed_signature()
    {
        var signature = "v1," + Convert.ToBase64String(HMACSHA256.HashData(
            Convert.FromBase64String(Secret["whsec_".Length..]),
            Encoding.UTF8.GetBytes($"{Id}.{Timestamp}.{Body}")));

        var evt = _verifier.Verify(Body, Headers(signature));

        Assert.Equal(Id, evt.Id);
        Assert.Equal(Now, evt.Timestamp);
        Assert.Equal(WebhookTopic.PassActivated, evt.Topic);
        Assert.Equal("88787", evt.Payload.GetProperty("data").GetProperty("passId").GetString());
        Assert.Equal(signature, _verifier.CreateSignatureHeader(Id, Timestamp, Encoding.UTF8.GetBytes(Body)));
    }

    [Fact]
    public void Any_matching_entry_of_several_is_enough()
    {
        var good = _verifier.CreateSignatureHeader(Id, Timestamp, Encoding.UTF8.GetBytes(Body));

        var evt = _verifier.Verify(Body, Headers("v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= v2,xyz " + good));

        Assert.Equal(Id, evt.Id);
    }

    [Fact]
    public void Unknown_topic_is_kept()
    {
        const string body = """{"type":"pass.exploded"}""";

        var evt = _verifier.Verify(body, Headers(_verifier.CreateSignatureHeader(Id, Timestamp, Encoding.UTF8.GetBytes(body))));

        Assert.Equal("pass.exploded", evt.Topic.Value);
    }

    [Fact]
    public void Changed_body_fails()
    {
        var signature = _verifier.CreateSignatureHeader(Id, Timestamp, Encoding.UTF8.GetBytes(Body));

        AssertFails(WebhookVerificationFailure.SignatureMismatch, () => _verifier.Verify(Body.Replace("88787", "88788", StringComparison.Ordinal), Headers(signature)));
    }

    [Fact]
    public void Wrong_secret_fails()
    {
        var other = new WebhookVerifier("whsec_" + Convert.ToBase64String(new byte[24]), timeProvider: new ManualTimeProvider(Now));
        var signature = other.CreateSignatureHeader(Id, Timestamp, Encoding.UTF8.GetBytes(Body));

        AssertFails(WebhookVerificationFailure.SignatureMismatch, () => _verifier.Verify(Body, Headers(signature)));
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public void Stale_or_future_timestamp_fails(int offsetSeconds)
    {
        var stamp = (Now.ToUnixTimeSeconds() + offsetSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = _verifier.CreateSignatureHeader(Id, stamp, Encoding.UTF8.GetBytes(Body));

        AssertFails(WebhookVerificationFailure.TimestampOutOfTolerance, () => _verifier.Verify(Body, Headers(signature, stamp)));
    }

    [Fact]
    public void Timestamp_inside_the_tolerance_passes()
    {
        var stamp = (Now.ToUnixTimeSeconds() - 299).ToString(System.Globalization.CultureInfo.InvariantCulture);

        _verifier.Verify(Body, Headers(_verifier.CreateSignatureHeader(Id, stamp, Encoding.UTF8.GetBytes(Body)), stamp));
    }

    [Theory]
    [InlineData("webhook-id")]
    [InlineData("webhook-timestamp")]
    [InlineData("webhook-signature")]
    public void Missing_header_fails_and_names_it(string missing)
    {
        var headers = Headers(_verifier.CreateSignatureHeader(Id, Timestamp, Encoding.UTF8.GetBytes(Body)));

        var error = AssertFails(WebhookVerificationFailure.MissingHeader, () => _verifier.Verify(Body, name => name == missing ? null : headers(name)));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("v1")]
    [InlineData("v2,abc")]
    public void Malformed_signature_list_fails(string signature)
    {
        AssertFails(WebhookVerificationFailure.MalformedSignature, () => _verifier.Verify(Body, Headers(signature)));
    }

    [Fact]
    public void Non_numeric_timestamp_fails()
    {
        AssertFails(WebhookVerificationFailure.InvalidTimestamp, () => _verifier.Verify(Body, Headers("v1,abc", "yesterday")));
    }

    [Fact]
    public void Secret_must_be_base64()
    {
        Assert.Equal("secret", Assert.Throws<BadgeValidationException>(() => new WebhookVerifier("whsec_not base64!")).Field);
    }

    public static TheoryData<string> ShortSecrets => new()
    {
        "whsec_AA==",
        "whsec_" + Convert.ToBase64String(new byte[16]),
        // Fixed bytes, not random ones: a test case's name must be the same at every discovery (Stryker matches runs by name).
        "whsec_" + Convert.ToBase64String(Enumerable.Range(1, 23).Select(i => (byte)i).ToArray()),
        Convert.ToBase64String(Enumerable.Range(100, 23).Select(i => (byte)i).ToArray()),
    };

    [Theory]
    [MemberData(nameof(ShortSecrets))]
    public void Secret_whose_key_is_under_24_bytes_is_refused_because_its_signatures_can_be_forged(string secret)
    {
        var error = Assert.Throws<BadgeValidationException>(() => new WebhookVerifier(secret));

        Assert.Equal("secret", error.Field);
        Assert.Contains("24 bytes", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(secret["whsec_".Length..], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Secret_of_24_bytes_is_enough()
    {
        _ = new WebhookVerifier("whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
    }

    public static TheoryData<TimeSpan> InvalidTolerances => new()
    {
        TimeSpan.FromTicks(-1),
        TimeSpan.FromMinutes(-5),
        TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1),
        TimeSpan.FromDays(1),
        TimeSpan.MaxValue,
        Timeout.InfiniteTimeSpan,
    };

    [Theory]
    [MemberData(nameof(InvalidTolerances))]
    public void Tolerance_must_be_between_zero_and_one_hour(TimeSpan tolerance)
    {
        var error = Assert.Throws<BadgeValidationException>(() => new WebhookVerifier(Secret, tolerance));

        Assert.Equal("tolerance", error.Field);
        Assert.StartsWith("tolerance:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tolerance_of_one_hour_is_the_longest_accepted()
    {
        var verifier = new WebhookVerifier(Secret, TimeSpan.FromHours(1), new ManualTimeProvider(Now));
        var stamp = (Now.ToUnixTimeSeconds() - 3600).ToString(System.Globalization.CultureInfo.InvariantCulture);

        verifier.Verify(Body, Headers(verifier.CreateSignatureHeader(Id, stamp, Encoding.UTF8.GetBytes(Body)), stamp));
    }

    private static Func<string, string?> Headers(string signature, string? timestamp = null) => name => name switch
    {
        "webhook-id" => Id,
        "webhook-timestamp" => timestamp ?? Timestamp,
        "webhook-signature" => signature,
        _ => null,
    };

    private static WebhookVerificationException AssertFails(WebhookVerificationFailure reason, Action verify)
    {
        var error = Assert.Throws<WebhookVerificationException>(verify);
        Assert.Equal(reason, error.Reason);
        return error;
    }
}
