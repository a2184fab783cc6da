namespace BadgeSdk.Passes;

/// <summary>A webhook endpoint Badge delivers to, as <see cref="PassesClient.CreateWebhookEndpointAsync"/> created it.</summary>
/// <param name="Id">The endpoint's id (<c>ep_…</c>).</param>
/// <param name="Secret">
/// The signing secret (<c>whsec_…</c>). Badge returns it <em>only once</em>, at creation: store it
/// now for <see cref="WebhookVerifier"/>. Never printed by <see cref="ToString"/>.
/// </param>
/// <param name="Url">Where deliveries go.</param>
/// <param name="EnabledTopics">The topics delivered.</param>
/// <param name="Enabled">Whether deliveries are on.</param>
/// <param name="CreatedAt">When the endpoint was created.</param>
public sealed record CreateWebhookEndpointResult(string Id, string? Secret, Uri? Url, IReadOnlyList<WebhookTopic> EnabledTopics, bool Enabled, DateTimeOffset? CreatedAt) : BadgeResult
{
    /// <inheritdoc/>
    public override string ToString() => $"CreateWebhookEndpointResult {{ Id = {Id}, Secret = ***, Url = {Url}, Enabled = {Enabled} }}";
}
