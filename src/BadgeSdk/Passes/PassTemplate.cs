namespace BadgeSdk.Passes;

/// <summary>A pass template of the workspace.</summary>
/// <param name="Id">The template's id.</param>
/// <param name="Name">The template's name.</param>
public sealed record PassTemplate(string Id, string? Name);
