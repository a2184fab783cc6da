using System.Text.RegularExpressions;

namespace BadgeSdk.Core.Errors;

/// <summary>
/// Keeps credentials a server sends back (a webhook's one-time <c>whsec_</c> secret, an SDK token)
/// out of response snippets, which users log.
/// </summary>
internal static partial class Redaction
{
    public static string Redact(string text)
        => SecretValue().Replace(WebhookSecret().Replace(text, "whsec_***"), "${name}\"***\"");

    [GeneratedRegex(@"whsec_[A-Za-z0-9+/=_\-]*")]
    private static partial Regex WebhookSecret();

    [GeneratedRegex("""(?<name>"(?:secret|token|accessToken|access_token|apiKey|api_key|password)"\s*:\s*)"[^"]*"?""", RegexOptions.IgnoreCase)]
    private static partial Regex SecretValue();
}
