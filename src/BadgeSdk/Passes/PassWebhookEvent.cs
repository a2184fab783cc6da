using System.Text.Json;

namespace BadgeSdk.Passes;

/// <summary>A verified webhook delivery.</summary>
/// <remarks>
/// Badge does not publish the event body, so only the topic is typed (read from <c>type</c>, or
/// <c>topic</c>, or <c>event</c>); the rest stays in <see cref="Payload"/> for you to read.
/// </remarks>
/// <param name="Id">The delivery id (<c>webhook-id</c>); use it to ignore repeated deliveries.</param>
/// <param name="Timestamp">When Badge signed the delivery.</param>
/// <param name="Topic">The topic; unknown topics are kept as sent.</param>
/// <param name="Payload">The whole JSON body.</param>
public sealed record PassWebhookEvent(string Id, DateTimeOffset Timestamp, WebhookTopic Topic, JsonElement Payload);
