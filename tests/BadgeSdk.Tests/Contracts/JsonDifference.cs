namespace BadgeSdk.Tests.Contracts;

/// <summary>One place where the JSON the SDK sent differs from a document's example.</summary>
/// <param name="Path">Where, as <c>$.a.b[0].c</c>.</param>
/// <param name="Kind">Missing from what was sent, extra in it, or a different value.</param>
/// <param name="Document">The document's value as JSON, or <see langword="null"/> when it has none.</param>
/// <param name="Sent">The sent value as JSON, or <see langword="null"/> when nothing was sent.</param>
internal sealed record JsonDifference(string Path, DifferenceKind Kind, string? Document, string? Sent)
{
    public override string ToString() => $"{Kind} at {Path}: document {Document ?? "(none)"}, sent {Sent ?? "(none)"}";
}
