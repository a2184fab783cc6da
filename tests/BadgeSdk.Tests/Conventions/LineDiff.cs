using System.Text;

namespace BadgeSdk.Tests.Conventions;

/// <summary>
/// A line diff of two API listings: removed lines with <c>-</c>, added lines with <c>+</c>, and
/// before them the type they belong to, since a member line alone does not say whose it is.
/// </summary>
internal static class LineDiff
{
    private const int MaxChangedLines = 300;

    public static string Write(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        // Only the part between the common head and tail needs the quadratic table.
        var head = 0;
        while (head < before.Count && head < after.Count && before[head] == after[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < before.Count - head && tail < after.Count - head && before[before.Count - 1 - tail] == after[after.Count - 1 - tail])
        {
            tail++;
        }

        var removed = before.Skip(head).Take(before.Count - head - tail).ToList();
        var added = after.Skip(head).Take(after.Count - head - tail).ToList();
        var common = LongestCommonSuffixLengths(removed, added);

        var text = new StringBuilder();

        // Each side has its own enclosing type: a removed member belongs to the type before it in the
        // listed file, an added one to the type before it in the built listing.
        var typeBefore = before.Take(head).LastOrDefault(IsTypeLine);
        var typeAfter = typeBefore;
        string? lastShown = null;
        var changes = 0;
        int i = 0, j = 0;
        while (i < removed.Count || j < added.Count)
        {
            if (i < removed.Count && j < added.Count && removed[i] == added[j])
            {
                if (IsTypeLine(removed[i]))
                {
                    typeBefore = typeAfter = removed[i];
                }

                i++;
                j++;
                continue;
            }

            string line;
            char sign;
            if (i < removed.Count && (j == added.Count || common[i + 1, j] >= common[i, j + 1]))
            {
                line = removed[i++];
                sign = '-';
                typeBefore = IsTypeLine(line) ? line : typeBefore;
            }
            else
            {
                line = added[j++];
                sign = '+';
                typeAfter = IsTypeLine(line) ? line : typeAfter;
            }

            if (++changes > MaxChangedLines)
            {
                continue;
            }

            var type = sign == '-' ? typeBefore : typeAfter;
            if (!IsTypeLine(line) && type is not null && type != lastShown)
            {
                text.Append("@@ ").Append(type).Append('\n');
            }

            lastShown = type;
            text.Append(sign).Append(' ').Append(line).Append('\n');
        }

        if (changes > MaxChangedLines)
        {
            text.Append("... and ").Append(changes - MaxChangedLines).Append(" more changed lines\n");
        }

        return text.ToString();
    }

    private static bool IsTypeLine(string line) => !line.StartsWith(' ');

    private static int[,] LongestCommonSuffixLengths(List<string> a, List<string> b)
    {
        var lengths = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        return lengths;
    }
}
