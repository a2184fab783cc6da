using System.Globalization;
using System.Text;
using BadgeSdk.Core.Validation;

namespace BadgeSdk.Tests.Core;

/// <summary>
/// The span-walking email rule against the rule as it was first written (Split and LINQ, kept here
/// as the oracle): the rewrite for speed must accept and refuse exactly the same addresses.
/// </summary>
public sealed class EmailAddressTests
{
    // Characters that sit on the rule's edges: separators, atext symbols, digits, hyphens, spaces,
    // non-ASCII letters, an invisible format character and a control character.
    private const string Alphabet = "ab9.@-_+!'`~ \u00fc\u00e9\u200b\u0001Z0";

    [Theory]
    [InlineData("ada@192.168.0.1", false)]
    [InlineData("ada@example.123", false)]
    [InlineData("ada@example.1a3", true)]
    [InlineData("ada@example.a1", true)]
    [InlineData("ada@1.example", true)]
    [InlineData("ada@a.b", true)]
    [InlineData("ada@.b", false)]
    [InlineData("ada@b.", false)]
    [InlineData("a.b.c@x.y.z", true)]
    [InlineData("a.b.@x.y", false)]
    [InlineData("ada@x\u200b.com", false)]
    [InlineData("ad\u0001a@x.com", false)]
    public void Edge_addresses_are_judged_as_the_rule_says(string address, bool valid)
    {
        Assert.Equal(valid, EmailAddress.IsValid(address));
        Assert.Equal(valid, Oracle.IsValid(address));
    }

    [Fact]
    public void The_span_rule_agrees_with_the_original_rule_on_generated_addresses()
    {
        var random = new Random(20261122);
        var disagreements = new List<string>();
        var accepted = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var address = Generate(random);
            var expected = Oracle.IsValid(address);
            accepted += expected ? 1 : 0;
            if (EmailAddress.IsValid(address) != expected)
            {
                disagreements.Add(address);
            }
        }

        Assert.Empty(disagreements);

        // The generator must reach both sides of the rule, or agreement proves little.
        Assert.InRange(accepted, 1_000, 19_000);
    }

    private static string Generate(Random random)
    {
        // Mostly address-shaped (local@label.label), sometimes pure noise.
        if (random.Next(10) == 0)
        {
            return Noise(random, random.Next(0, 12));
        }

        var text = new StringBuilder();
        text.Append(Part(random)).Append('@');
        var labels = random.Next(1, 4);
        for (var label = 0; label < labels; label++)
        {
            if (label > 0)
            {
                text.Append('.');
            }

            text.Append(Part(random));
        }

        return text.ToString();
    }

    private static string Part(Random random)
        => random.Next(4) switch
        {
            0 => Noise(random, random.Next(0, 5)),
            1 => random.Next(3) == 0 ? random.Next(0, 1000).ToString(CultureInfo.InvariantCulture) : "example",
            2 => new string('a', random.Next(60, 70)),
            _ => "ab" + Noise(random, random.Next(0, 3)) + "c",
        };

    private static string Noise(Random random, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        return new string(chars);
    }

    /// <summary>The rule as first written, before it walked spans.</summary>
    private static class Oracle
    {
        private const string AtextSymbols = "!#$%&'*+-/=?^_`{|}~";

        public static bool IsValid(string value)
        {
            if (value.Length > 254 || LoneSurrogate.IndexOf(value) >= 0)
            {
                return false;
            }

            var at = value.IndexOf('@', StringComparison.Ordinal);
            if (at is <= 0 or > 64 || at != value.LastIndexOf('@'))
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
            return labels.Length >= 2 && labels.All(IsLabel) && !labels[^1].All(char.IsAsciiDigit);
        }

        private static bool IsLabel(string label)
            => label.Length is > 0 and <= 63
               && label[0] != '-'
               && label[^1] != '-'
               && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-' || IsInternational(c));

        private static bool IsInternational(char c)
            => c > '\u007f' && CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.Control or UnicodeCategory.Format
                or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned);
    }
}
