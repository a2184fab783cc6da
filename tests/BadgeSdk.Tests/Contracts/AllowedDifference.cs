using System.Text.RegularExpressions;

namespace BadgeSdk.Tests.Contracts;

/// <summary>
/// A reviewed way the SDK's request may differ from a document's example, with the page's own
/// words that justify it.
/// </summary>
/// <param name="Page">The page (its fixture folder).</param>
/// <param name="Examples">The examples (fixture file names without <c>.json</c>) it applies to; each must show it.</param>
/// <param name="Path">Where, with <c>[*]</c> for any position.</param>
/// <param name="Kind">The kind of difference.</param>
/// <param name="SentPattern">A regular expression the sent JSON value must match; <see langword="null"/> when nothing is sent.</param>
/// <param name="Why">The page's sentence (quoted) that justifies it, and where it is.</param>
internal sealed record AllowedDifference(string Page, string[] Examples, string Path, DifferenceKind Kind, string? SentPattern, string Why)
{
    public bool Allows(string page, string example, JsonDifference difference)
        => Page == page
        && Examples.Contains(example)
        && difference.Kind == Kind
        && Regex.IsMatch(difference.Path, "^" + Regex.Escape(Path).Replace(@"\[\*]", @"\[\d+]", StringComparison.Ordinal) + "$")
        && (SentPattern is null || (difference.Sent is { } sent && Regex.IsMatch(sent, SentPattern)));
}
