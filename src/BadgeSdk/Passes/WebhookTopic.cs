using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Passes;

/// <summary>A Badge webhook topic. Unknown topics are kept as sent.</summary>
/// <remarks>An extensible enum: values the SDK does not know yet read, compare and round-trip unchanged.</remarks>
[ExtensibleEnum]
[JsonConverter(typeof(ExtensibleEnumConverter<WebhookTopic>))]
public readonly partial struct WebhookTopic
{
    /// <summary>Gets <c>pass.activated</c>: A pass was added to a wallet, or its updates were re-enabled.</summary>
    public static WebhookTopic PassActivated { get; } = new("pass.activated");

    /// <summary>Gets <c>pass.deactivated</c>: A pass was removed from a wallet, or its updates were disabled.</summary>
    public static WebhookTopic PassDeactivated { get; } = new("pass.deactivated");
}
