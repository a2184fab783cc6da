namespace BadgeSdk.Passes;

/// <summary>A Web SDK token for one pass template (<c>POST v0/sdkToken</c>), for <see cref="PassesClient.CreateSdkTokenAsync"/>.</summary>
/// <param name="TemplateId">The pass template the token is for.</param>
/// <param name="Permissions">What the token may do; must include <see cref="SdkPermission.WorkspaceRead"/> and <see cref="SdkPermission.UserRead"/>.</param>
public sealed record CreateSdkTokenRequest(string TemplateId, IReadOnlyList<SdkPermission> Permissions);
