namespace BadgeSdk.Loyalty;

/// <summary>A name/value tag on a badge, for reporting and grouping.</summary>
/// <param name="Name">The tag's name.</param>
/// <param name="Value">The tag's value.</param>
public sealed record BadgeTag(string? Name, string? Value);
