using System.Globalization;

namespace BadgeSdk.Core.Validation;

/// <summary>
/// The one email rule of the SDK: a bare address (<c>name@example.com</c>), never a display name
/// form such as <c>Ada &lt;ada@example.com&gt;</c>, which the vendors would store or mail verbatim.
/// </summary>
/// <remarks>
/// The local part is an RFC 5322 dot-atom of at most 64 characters (no quoted strings or comments);
/// the domain has at least two dot-separated labels of letters, digits and inner hyphens, each at
/// most 63 characters, and a top-level label that is not all digits (so no IP literals or single
/// host names such as <c>localhost</c>); at most 254 characters in all (RFC 5321). Letters beyond
/// ASCII are allowed (internationalised addresses); spaces and control characters never are.
/// </remarks>
internal static class EmailAddress
{
    /// <summary>The longest address SMTP can carry (RFC 5321's path limit minus the angle brackets).</summary>
    public const int MaxLength = 254;

    private const int MaxLocalLength = 64;
    private const int MaxLabelLength = 63;
    private const string AtextSymbols = "!#$%&'*+-/=?^_`{|}~";

    /// <summary>Tells whether <paramref name="value"/> is a bare email address.</summary>
    /// <param name="value">The text.</param>
    /// <returns>Whether it follows the rule above.</returns>
    public static bool IsValid(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > MaxLength || LoneSurrogate.IndexOf(value) >= 0)
        {
            return false;
        }

        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at is <= 0 or > MaxLocalLength || at != value.LastIndexOf('@'))
        {
            return false;
        }

        return IsDotAtom(value[..at]) && IsDomain(value[(at + 1)..]);
    }

    private static bool IsDotAtom(string local)
        => local.Split('.').All(atom => atom.Length > 0 && atom.All(c => char.IsAsciiLetterOrDigit(c) || AtextSymbols.Contains(c, StringComparison.Ordinal) || IsInternational(c)));

    private static bool IsDomain(string domain)
    {
        var labels = domain.Split('.');
        return labels.Length >= 2
            && labels.All(IsLabel)
            && !labels[^1].All(char.IsAsciiDigit);
    }

    private static bool IsLabel(string label)
        => label.Length is > 0 and <= MaxLabelLength
           && label[0] != '-'
           && label[^1] != '-'
           && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-' || IsInternational(c));

    // Letters and marks of other scripts (internationalised addresses, RFC 6531), but nothing invisible.
    private static bool IsInternational(char c)
        => c > '\u007f' && CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned);
}
