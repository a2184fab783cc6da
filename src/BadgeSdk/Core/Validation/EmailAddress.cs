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

        return IsDotAtom(value.AsSpan(0, at)) && IsDomain(value.AsSpan(at + 1));
    }

    // Spans rather than Split and LINQ: every issue call with an email runs this.
    private static bool IsDotAtom(ReadOnlySpan<char> local)
    {
        while (true)
        {
            var dot = local.IndexOf('.');
            var atom = dot < 0 ? local : local[..dot];
            if (atom.IsEmpty || !IsAtom(atom))
            {
                return false;
            }

            if (dot < 0)
            {
                return true;
            }

            local = local[(dot + 1)..];
        }
    }

    private static bool IsAtom(ReadOnlySpan<char> atom)
    {
        foreach (var c in atom)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || AtextSymbols.Contains(c, StringComparison.Ordinal) || IsInternational(c)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDomain(ReadOnlySpan<char> domain)
    {
        for (var labels = 1; ; labels++)
        {
            var dot = domain.IndexOf('.');
            var label = dot < 0 ? domain : domain[..dot];
            if (!IsLabel(label))
            {
                return false;
            }

            if (dot < 0)
            {
                // The top-level label must not be all digits: no IP literals.
                return labels >= 2 && label.IndexOfAnyExceptInRange('0', '9') >= 0;
            }

            domain = domain[(dot + 1)..];
        }
    }

    private static bool IsLabel(ReadOnlySpan<char> label)
    {
        if (label.Length is 0 or > MaxLabelLength || label[0] == '-' || label[^1] == '-')
        {
            return false;
        }

        foreach (var c in label)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '-' || IsInternational(c)))
            {
                return false;
            }
        }

        return true;
    }

    // Letters and marks of other scripts (internationalised addresses, RFC 6531), but nothing invisible.
    private static bool IsInternational(char c)
        => c > '\u007f' && CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned);
}
