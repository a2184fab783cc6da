namespace BadgeSdk.Core.Validation;

/// <summary>
/// The one phone rule of the SDK, close to E.164: an optional leading <c>+</c>, then 7 to 15 ASCII
/// digits, which may be grouped with spaces, hyphens, dots or parentheses. The number is sent as the
/// caller wrote it; the rule only catches text that is not a phone number at all (a name or an
/// email in the wrong column, an extension, a second number).
/// </summary>
internal static class PhoneNumber
{
    /// <summary>The fewest digits accepted (short national numbers).</summary>
    public const int MinDigits = 7;

    /// <summary>The most digits E.164 allows, country code included.</summary>
    public const int MaxDigits = 15;

    /// <summary>Tells whether <paramref name="value"/> is a phone number by the rule above.</summary>
    /// <param name="value">The text.</param>
    /// <returns>Whether it follows the rule.</returns>
    public static bool IsValid(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var digits = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (!(c == '+' && i == 0) && c is not (' ' or '-' or '.' or '(' or ')'))
            {
                return false;
            }
        }

        return digits is >= MinDigits and <= MaxDigits;
    }
}
