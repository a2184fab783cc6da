namespace BadgeSdk.Loyalty;

/// <summary>An image of a badge already uploaded to Capillary's file service.</summary>
/// <param name="Name">The image's name.</param>
/// <param name="FileSvcHandle">The file service handle (<c>fileSvcHandle</c>).</param>
/// <param name="Url">The image's URL.</param>
/// <param name="Tag">Which state of the badge it shows.</param>
public sealed record BadgeImageLink(string? Name, string? FileSvcHandle, string? Url, ImageTag? Tag);
