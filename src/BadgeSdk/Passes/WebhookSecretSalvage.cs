using System.Text;
using System.Text.RegularExpressions;

namespace BadgeSdk.Passes;

/// <summary>
/// Recovers a new webhook endpoint's one-time secret from an answer that cannot be read whole
/// (cut off, or in an unexpected shape): the endpoint exists and its secret is never shown again.
/// </summary>
internal static partial class WebhookSecretSalvage
{
    public static CreateWebhookEndpointResult? TryRead(byte[] body, CreateWebhookEndpointRequest request)
    {
        var text = Encoding.UTF8.GetString(body);
        var secret = Secret().Match(text);
        if (!secret.Success)
        {
            return null;
        }

        var id = Id().Match(text);
        return new CreateWebhookEndpointResult(id.Success ? id.Groups[1].Value : string.Empty, secret.Groups[1].Value, request.Url, request.EnabledTopics, request.Enabled, null);
    }

    [GeneratedRegex(@"""secret""\s*:\s*""(whsec_[A-Za-z0-9+/=]+)""")]
    private static partial Regex Secret();

    [GeneratedRegex(@"""id""\s*:\s*""([^""]+)""")]
    private static partial Regex Id();
}
