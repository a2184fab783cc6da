using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Passes;

/// <summary>A permission of a Badge Web SDK token. <c>workspace:read</c> and <c>user:read</c> are always required.</summary>
/// <remarks>An extensible enum: values the SDK does not know yet read, compare and round-trip unchanged.</remarks>
[ExtensibleEnum]
[JsonConverter(typeof(ExtensibleEnumConverter<SdkPermission>))]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "Badge's own term for these values.")]
public readonly partial struct SdkPermission
{
    /// <summary>Gets <c>workspace:read</c>: Read the workspace (always required).</summary>
    public static SdkPermission WorkspaceRead { get; } = new("workspace:read");

    /// <summary>Gets <c>workspace:write</c>: Change the workspace.</summary>
    public static SdkPermission WorkspaceWrite { get; } = new("workspace:write");

    /// <summary>Gets <c>template:read</c>: Read pass templates.</summary>
    public static SdkPermission TemplateRead { get; } = new("template:read");

    /// <summary>Gets <c>template:write</c>: Change pass templates.</summary>
    public static SdkPermission TemplateWrite { get; } = new("template:write");

    /// <summary>Gets <c>pass:read</c>: Read passes.</summary>
    public static SdkPermission PassRead { get; } = new("pass:read");

    /// <summary>Gets <c>pass:write</c>: Change passes.</summary>
    public static SdkPermission PassWrite { get; } = new("pass:write");

    /// <summary>Gets <c>campaign:read</c>: Read campaigns.</summary>
    public static SdkPermission CampaignRead { get; } = new("campaign:read");

    /// <summary>Gets <c>campaign:write</c>: Change campaigns.</summary>
    public static SdkPermission CampaignWrite { get; } = new("campaign:write");

    /// <summary>Gets <c>user:read</c>: Read users (always required).</summary>
    public static SdkPermission UserRead { get; } = new("user:read");

    /// <summary>Gets <c>user:write</c>: Change users.</summary>
    public static SdkPermission UserWrite { get; } = new("user:write");
}
