namespace BadgeSdk.Core.Validation;

/// <summary>
/// Checks a route setting that is resolved against a client's base address. Requests to it carry
/// the credentials, so it must stay under that address: no scheme or host, no dot segments, no
/// percent-encoding (an encoded <c>.</c> or <c>/</c> is decoded by some servers and proxies), no
/// backslash (read as <c>/</c> by some), and no query or fragment.
/// </summary>
internal static class RelativePath
{
    // RFC 3986 pchar without percent-encoding, plus the segment separator.
    private const string PathSymbols = "-._~!$&'()*+,;=:@/";

    /// <summary>Says what keeps <paramref name="path"/> from being a plain relative path; leading slashes are ignored, as the clients trim them.</summary>
    /// <param name="path">The setting's value.</param>
    /// <returns>A phrase to follow "must be a path relative to the base address:", or <see langword="null"/> when the path is fine.</returns>
    public static string? Problem(string? path)
    {
        var relative = path?.TrimStart('/');
        if (string.IsNullOrWhiteSpace(relative))
        {
            return "it is empty";
        }

        foreach (var c in relative)
        {
            if (char.IsAsciiLetterOrDigit(c) || PathSymbols.Contains(c, StringComparison.Ordinal))
            {
                continue;
            }

            return c switch
            {
                '?' or '#' => "it cannot carry a query or fragment",
                '%' => "it cannot hold percent-encoding",
                '\\' => "it cannot hold a backslash",
                _ => "it may hold only ASCII letters, digits, '/' and - . _ ~ ! $ & ' ( ) * + , ; = : @",
            };
        }

        var segments = relative.Split('/');
        if (segments[0].Contains(':', StringComparison.Ordinal))
        {
            // "mailto:x" or "https://host/" would resolve to an absolute URI, not under the base address.
            return "its first segment cannot hold ':' (it would read as a URI scheme)";
        }

        return segments.Any(s => s is "." or "..") ? "it cannot hold '.' or '..' segments" : null;
    }
}
