namespace BadgeSdk.Passes;

/// <summary>A new webhook endpoint (<c>POST v0/webhookEndpoints</c>), for <see cref="PassesClient.CreateWebhookEndpointAsync"/>.</summary>
/// <param name="Url">Your public HTTPS receiver; it must answer 2xx within 15 seconds.</param>
/// <param name="EnabledTopics">The topics to deliver.</param>
/// <param name="Enabled">Whether deliveries start at once.</param>
public sealed record CreateWebhookEndpointRequest(Uri Url, IReadOnlyList<WebhookTopic> EnabledTopics, bool Enabled = true);
