using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty;

/// <summary>Which state of a badge an image shows.</summary>
/// <remarks>An extensible enum: values the SDK does not know yet read, compare and round-trip unchanged.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<ImageTag>))]
public readonly struct ImageTag : IExtensibleEnum<ImageTag>
{
    private readonly string? _value;

    /// <summary>Initializes a value; any string is accepted so that new server values still work.</summary>
    /// <param name="value">The wire value.</param>
    public ImageTag(string value) => _value = ExtensibleEnum.Require(value, nameof(ImageTag));

    /// <summary>Gets <c>EARNED</c>: The badge once earned.</summary>
    public static ImageTag Earned { get; } = new("EARNED");

    /// <summary>Gets <c>UN_EARNED</c>: The badge not yet earned.</summary>
    public static ImageTag Unearned { get; } = new("UN_EARNED");

    /// <inheritdoc/>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc/>
    public static ImageTag FromValue(string value) => new(value);

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ImageTag(string value) => new(value);

    /// <summary>Compares case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(ImageTag left, ImageTag right) => left.Equals(right);

    /// <summary>Compares case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(ImageTag left, ImageTag right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(ImageTag other) => ExtensibleEnum.Equals(_value, other._value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ImageTag other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ExtensibleEnum.GetHashCode(_value);

    /// <inheritdoc/>
    public override string ToString() => Value;
}
