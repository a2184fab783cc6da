using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Passes.Wire;

/// <summary>A webhook endpoint: <c>{url, enabledTopics, enabled}</c> in, plus <c>{id, secret, createdAt}</c> out.</summary>
internal sealed class WebhookEndpointWire
{
    public string? Id { get; set; }

    public string? Secret { get; set; }

    public string? Url { get; set; }

    public List<WebhookTopic>? EnabledTopics { get; set; }

    public bool? Enabled { get; set; }

    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    public override string ToString() => $"WebhookEndpointWire {{ Id = {Id}, Secret = *** }}";
}
