namespace BadgeSdk.Testing;

/// <summary>A wallet pass the emulated Badge API holds.</summary>
/// <param name="PassTemplateId">Its template.</param>
/// <param name="PassId">Its id.</param>
/// <param name="UserId">Its user.</param>
/// <param name="Attributes">Its pass attributes.</param>
/// <param name="DownloadUrl">Its download link.</param>
public sealed record EmulatedPass(string PassTemplateId, string PassId, string UserId, IReadOnlyDictionary<string, string> Attributes, Uri DownloadUrl);
