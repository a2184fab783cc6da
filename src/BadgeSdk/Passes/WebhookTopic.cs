using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Passes;

/// <summary>A Badge webhook topic. Unknown topics are kept as sent.</summary>
/// <remarks>An extensible enum: values the SDK does not know yet read, compare and round-trip unchanged.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<WebhookTopic>))]
public readonly struct WebhookTopic : IExtensibleEnum<WebhookTopic>
{
    private readonly string? _value;

    /// <summary>Initializes a value; any string is accepted so that new server values still work.</summary>
    /// <param name="value">The wire value.</param>
    public WebhookTopic(string value) => _value = ExtensibleEnum.Require(value, nameof(WebhookTopic));

    /// <summary>Gets <c>pass.activated</c>: A pass was added to a wallet, or its updates were re-enabled.</summary>
    public static WebhookTopic PassActivated { get; } = new("pass.activated");

    /// <summary>Gets <c>pass.deactivated</c>: A pass was removed from a wallet, or its updates were disabled.</summary>
    public static WebhookTopic PassDeactivated { get; } = new("pass.deactivated");

    /// <inheritdoc/>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc/>
    public static WebhookTopic FromValue(string value) => new(value);

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator WebhookTopic(string value) => new(value);

    /// <summary>Compares case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(WebhookTopic left, WebhookTopic right) => left.Equals(right);

    /// <summary>Compares case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(WebhookTopic left, WebhookTopic right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(WebhookTopic other) => ExtensibleEnum.Equals(_value, other._value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is WebhookTopic other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ExtensibleEnum.GetHashCode(_value);

    /// <inheritdoc/>
    public override string ToString() => Value;
}
