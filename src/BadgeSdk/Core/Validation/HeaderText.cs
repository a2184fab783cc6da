namespace BadgeSdk.Core.Validation;

/// <summary>
/// What may travel in an HTTP header. A CR or LF would end the header (header injection), and
/// control or non-ASCII characters are refused or mangled by HTTP stacks, so credentials are checked
/// before they are first used rather than failing on a call (after other credentials were sent).
/// </summary>
internal static class HeaderText
{
    // RFC 9110 tchar, besides ASCII letters and digits.
    private const string TokenSymbols = "!#$%&'*+-.^_`|~";

    /// <summary>Says why a credential cannot be sent as printable ASCII; never quotes it.</summary>
    /// <param name="value">The credential.</param>
    /// <param name="allowSpaces">Whether a space is part of the value's alphabet (passwords), rather than a pasting slip (tokens and keys).</param>
    /// <returns>A phrase such as <c>contains a line break (CR or LF)</c>, or <see langword="null"/> when the value is fine.</returns>
    public static string? CredentialProblem(string value, bool allowSpaces)
    {
        ArgumentNullException.ThrowIfNull(value);
        foreach (var c in value)
        {
            if (c is '\r' or '\n')
            {
                return "contains a line break (CR or LF)";
            }

            if (char.IsControl(c))
            {
                return "contains a control character";
            }

            if (c > '\u007e')
            {
                return "contains a non-ASCII character";
            }

            if (c == ' ' && !allowSpaces)
            {
                return "contains a space";
            }
        }

        return null;
    }

    /// <summary>Tells whether <paramref name="name"/> is a valid header name (an RFC 9110 token).</summary>
    /// <param name="name">The name.</param>
    /// <returns>Whether it is one or more token characters.</returns>
    public static bool IsToken(string? name)
        => !string.IsNullOrEmpty(name) && name.All(c => char.IsAsciiLetterOrDigit(c) || TokenSymbols.Contains(c, StringComparison.Ordinal));
}
