using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace BadgeSdk.Passes;

/// <summary>
/// Verifies Badge webhook deliveries with the Standard Webhooks scheme that Badge's <c>whsec_</c>
/// secrets imply: HMAC-SHA256 over <c>{webhook-id}.{webhook-timestamp}.{body}</c> with the base64
/// key after <c>whsec_</c>, compared in constant time against each <c>v1,&lt;base64&gt;</c> entry of
/// <c>webhook-signature</c>, and a timestamp within a tolerance (default 5 minutes, at most one hour) of now.
/// </summary>
/// <remarks>
/// Header names: <c>webhook-id</c> is confirmed by Badge's docs; <c>webhook-timestamp</c> and
/// <c>webhook-signature</c> are inferred from the Standard Webhooks scheme (the docs name three
/// signature headers but the available text stops before the other two). Verify the raw body
/// bytes exactly as received, before any JSON parsing. Answer a verified delivery with 2xx within
/// 15 seconds.
/// </remarks>
public sealed class WebhookVerifier
{
    /// <summary>The delivery id header (confirmed).</summary>
    public const string IdHeader = "webhook-id";

    /// <summary>The timestamp header (inferred).</summary>
    public const string TimestampHeader = "webhook-timestamp";

    /// <summary>The signature header (inferred).</summary>
    public const string SignatureHeader = "webhook-signature";

    private const string SecretPrefix = "whsec_";

    // Standard Webhooks secrets are 24 to 64 random bytes; a shorter HMAC key can be guessed, and
    // with it any signature forged.
    private const int MinimumKeyBytes = 24;

    private static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

    // A longer window lets a captured delivery be replayed for longer; an hour covers any sane clock skew.
    private static readonly TimeSpan MaximumTolerance = TimeSpan.FromHours(1);

    private readonly byte[] _key;
    private readonly TimeSpan _tolerance;
    private readonly TimeProvider _time;

    /// <summary>Creates a verifier for one endpoint's secret.</summary>
    /// <param name="secret">The endpoint's secret, <c>whsec_</c> followed by the base64 of a key of at least 24 bytes.</param>
    /// <param name="tolerance">How far the delivery's timestamp may be from now, either way: from zero to one hour. Default 5 minutes.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="secret"/> is <see langword="null"/>.</exception>
    /// <exception cref="BadgeValidationException">
    /// The secret is blank, not <c>whsec_</c> and base64, or its key is shorter than 24 bytes (signatures
    /// under a short key can be forged), and <see cref="BadgeValidationException.Field"/> is <c>secret</c>
    /// (the message never quotes the secret); or <paramref name="tolerance"/> is negative or longer than
    /// one hour (a longer window lets a captured delivery be replayed), and the field is <c>tolerance</c>.
    /// </exception>
    public WebhookVerifier(string secret, TimeSpan? tolerance = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(secret);
        BadgeValidationException.ThrowIfBlank(secret, nameof(secret));
        var encoded = secret.StartsWith(SecretPrefix, StringComparison.Ordinal) ? secret[SecretPrefix.Length..] : secret;
        try
        {
            _key = Convert.FromBase64String(encoded);
        }
        catch (FormatException e)
        {
            // The message never quotes the secret: it is a credential.
            throw new BadgeValidationException($"{nameof(secret)}: a webhook secret is 'whsec_' followed by base64.", e) { Field = nameof(secret) };
        }

        if (_key.Length == 0)
        {
            // An empty HMAC key would accept signatures anyone can compute.
            throw BadgeValidationException.ForField(nameof(secret), "holds no key after 'whsec_'.");
        }

        if (_key.Length < MinimumKeyBytes)
        {
            throw BadgeValidationException.ForField(nameof(secret), $"holds a {_key.Length}-byte key; at least {MinimumKeyBytes} bytes are required, as signatures under a shorter key can be forged.");
        }

        _tolerance = tolerance ?? DefaultTolerance;
        if (_tolerance < TimeSpan.Zero || _tolerance > MaximumTolerance)
        {
            throw BadgeValidationException.ForField(nameof(tolerance), $"must be from zero to {MaximumTolerance.TotalMinutes:0} minutes; it is {_tolerance}.");
        }

        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Verifies a delivery and returns its event.</summary>
    /// <param name="body">The raw body, exactly as received.</param>
    /// <param name="header">Looks up a request header by name (for example <c>name =&gt; request.Headers[name]</c>).</param>
    /// <returns>The verified event.</returns>
    /// <exception cref="WebhookVerificationException">The delivery is not authentic or not fresh; <see cref="WebhookVerificationException.Reason"/> says why.</exception>
    public PassWebhookEvent Verify(ReadOnlySpan<byte> body, Func<string, string?> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return Verify(body, header(IdHeader), header(TimestampHeader), header(SignatureHeader));
    }

    /// <summary>Verifies a delivery given as text (UTF-8 is what was signed).</summary>
    /// <param name="body">The raw body.</param>
    /// <param name="header">Looks up a request header by name.</param>
    /// <returns>The verified event.</returns>
    /// <exception cref="WebhookVerificationException">The delivery is not authentic or not fresh.</exception>
    public PassWebhookEvent Verify(string body, Func<string, string?> header)
        => Verify(Encoding.UTF8.GetBytes(body ?? throw new ArgumentNullException(nameof(body))), header);

    /// <summary>Verifies a delivery from its three header values.</summary>
    /// <param name="body">The raw body, exactly as received.</param>
    /// <param name="webhookId">The <c>webhook-id</c> header.</param>
    /// <param name="webhookTimestamp">The <c>webhook-timestamp</c> header.</param>
    /// <param name="webhookSignature">The <c>webhook-signature</c> header.</param>
    /// <returns>The verified event.</returns>
    /// <exception cref="WebhookVerificationException">The delivery is not authentic or not fresh.</exception>
    public PassWebhookEvent Verify(ReadOnlySpan<byte> body, string? webhookId, string? webhookTimestamp, string? webhookSignature)
    {
        var id = Require(webhookId, IdHeader);
        var stamp = Require(webhookTimestamp, TimestampHeader);
        var signatures = Require(webhookSignature, SignatureHeader);
        if (!long.TryParse(stamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            throw Fail(WebhookVerificationFailure.InvalidTimestamp, $"{TimestampHeader} '{stamp}' is not a Unix time in seconds.");
        }

        var timestamp = DateTimeOffset.FromUnixTimeSeconds(seconds);
        var skew = _time.GetUtcNow() - timestamp;
        if (skew.Duration() > _tolerance)
        {
            throw Fail(WebhookVerificationFailure.TimestampOutOfTolerance, $"The delivery was signed {skew.TotalSeconds:0} s from now; at most {_tolerance.TotalSeconds:0} s is accepted.");
        }

        var expected = Sign(id, stamp, body);
        var sawV1 = false;
        foreach (var entry in signatures.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var comma = entry.IndexOf(',', StringComparison.Ordinal);
            if (comma <= 0 || !entry.AsSpan(0, comma).SequenceEqual("v1"))
            {
                continue;
            }

            sawV1 = true;
            var candidate = new byte[expected.Length];
            if (Convert.TryFromBase64String(entry[(comma + 1)..], candidate, out var written)
                && written == expected.Length
                && CryptographicOperations.FixedTimeEquals(candidate, expected))
            {
                return Parse(id, timestamp, body);
            }
        }

        throw sawV1
            ? Fail(WebhookVerificationFailure.SignatureMismatch, "No signature matches the body: it was changed in transit or signed with another secret.")
            : Fail(WebhookVerificationFailure.MalformedSignature, $"{SignatureHeader} holds no 'v1,<base64>' entry.");
    }

    /// <summary>Signs a delivery the way Badge does; for tests and emulators.</summary>
    /// <param name="webhookId">The delivery id.</param>
    /// <param name="webhookTimestamp">The Unix time in seconds, as text.</param>
    /// <param name="body">The body.</param>
    /// <returns>The <c>webhook-signature</c> value (<c>v1,&lt;base64&gt;</c>).</returns>
    public string CreateSignatureHeader(string webhookId, string webhookTimestamp, ReadOnlySpan<byte> body)
        => "v1," + Convert.ToBase64String(Sign(webhookId, webhookTimestamp, body));

    private static string Require(string? value, string name)
        => string.IsNullOrWhiteSpace(value) ? throw Fail(WebhookVerificationFailure.MissingHeader, $"The {name} header is missing.") : value.Trim();

    private static WebhookVerificationException Fail(WebhookVerificationFailure reason, string message) => new(message) { Reason = reason };

    private static PassWebhookEvent Parse(string id, DateTimeOffset timestamp, ReadOnlySpan<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            var root = document.RootElement.Clone();
            var topic = root.ValueKind == JsonValueKind.Object ? Topic(root) : null;
            return new PassWebhookEvent(id, timestamp, new WebhookTopic(topic ?? string.Empty), root);
        }
        catch (JsonException e)
        {
            throw new WebhookVerificationException("The delivery is signed but its body is not JSON.", e) { Reason = WebhookVerificationFailure.InvalidPayload };
        }
    }

    private static string? Topic(JsonElement root)
    {
        foreach (var name in (ReadOnlySpan<string>)["type", "topic", "event"])
        {
            if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }
        }

        return null;
    }

    private byte[] Sign(string id, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{id}.{timestamp}.");
        var content = new byte[prefix.Length + body.Length];
        prefix.CopyTo(content, 0);
        body.CopyTo(content.AsSpan(prefix.Length));
        return HMACSHA256.HashData(_key, content);
    }
}
