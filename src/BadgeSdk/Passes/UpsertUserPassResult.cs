namespace BadgeSdk.Passes;

/// <summary>The answer to <see cref="PassesClient.UpsertUserPassAsync"/>.</summary>
/// <param name="DownloadUrl">The pass download link (<c>pass.downloadUrl</c>): share it with the user; it installs an Apple or Google Wallet pass to suit the device.</param>
/// <param name="PassId">The pass id, when the answer carried one.</param>
public sealed record UpsertUserPassResult(Uri? DownloadUrl, string? PassId) : BadgeResult;
