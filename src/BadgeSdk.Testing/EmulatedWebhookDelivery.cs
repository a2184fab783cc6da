namespace BadgeSdk.Testing;

/// <summary>A webhook the emulator delivered.</summary>
/// <param name="EndpointId">The endpoint.</param>
/// <param name="Url">Where it went.</param>
/// <param name="WebhookId">The <c>webhook-id</c> header.</param>
/// <param name="StatusCode">The receiver's answer, or 0 when it could not be reached.</param>
public sealed record EmulatedWebhookDelivery(string EndpointId, Uri Url, string WebhookId, int StatusCode);
