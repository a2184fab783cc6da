using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty;

/// <summary>Which state of a badge an image shows.</summary>
/// <remarks>An extensible enum: values the SDK does not know yet read, compare and round-trip unchanged.</remarks>
[ExtensibleEnum]
[JsonConverter(typeof(ExtensibleEnumConverter<ImageTag>))]
public readonly partial struct ImageTag
{
    /// <summary>Gets <c>EARNED</c>: The badge once earned.</summary>
    public static ImageTag Earned { get; } = new("EARNED");

    /// <summary>Gets <c>UN_EARNED</c>: The badge not yet earned.</summary>
    public static ImageTag Unearned { get; } = new("UN_EARNED");
}
