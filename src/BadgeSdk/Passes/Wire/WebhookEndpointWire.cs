using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Passes.Wire;

/// <summary>A webhook endpoint: <c>{url, enabledTopics, enabled}</c> in, plus <c>{id, secret, createdAt}</c> out.</summary>
internal sealed class WebhookEndpointWire
{
    public string? Id { get; set; }

    public string? Secret { get; set; }

    public string? Url { get; set; }

    /// <summary>Gets or sets the topics as their wire values (for example <c>pass.activated</c>); an answer may hold nulls.</summary>
    public List<string?>? EnabledTopics { get; set; }

    public bool? Enabled { get; set; }

    [JsonConverter(typeof(IsoTimestampConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    public override string ToString() => $"WebhookEndpointWire {{ Id = {Id}, Secret = *** }}";
}
