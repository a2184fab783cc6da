using System.Globalization;
using System.Text;

namespace BulkIssue;

/// <summary>
/// Reads the recipients CSV (RFC 4180: quoted fields may hold separators, quotes doubled and line
/// breaks). Anything it cannot read for sure is an <see cref="InputException"/> naming the file,
/// line and column, because a row read wrongly is a badge issued to the wrong person.
/// </summary>
public static class RecipientFile
{
    private static readonly char[] Separators = [',', ';', '\t'];

    /// <summary>Reads and checks every row.</summary>
    /// <param name="settings">The file, separator, id column and default badge.</param>
    /// <returns>The rows, in file order.</returns>
    public static IReadOnlyList<Recipient> Read(BulkIssueSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var name = Path.GetFileName(settings.Input);
        var text = ReadText(settings.Input, name);
        var delimiter = settings.Delimiter ?? Detect(text);
        var records = Parse(text, delimiter, name);
        if (records.Count == 0)
        {
            throw new InputException($"{name} is empty: it needs a header line (for example 'name,email') and one line per recipient.");
        }

        var header = records[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var keyColumn = settings.IdColumn?.Trim().ToLowerInvariant() ?? "email";
        var nameAt = Column(header, "name", name, delimiter);
        var keyAt = Column(header, keyColumn, name, delimiter);
        var badgeAt = header.IndexOf("badge_id");
        var emailAt = header.IndexOf("email");
        var phoneAt = header.IndexOf("phone");
        var defaultBadgeId = string.IsNullOrWhiteSpace(settings.DefaultBadgeId) ? null : settings.DefaultBadgeId.Trim();
        if (badgeAt < 0 && defaultBadgeId is null)
        {
            throw new InputException($"{name} line 1: no 'badge_id' column and no --badge-id given.");
        }

        var rows = new List<Recipient>();
        var seen = new Dictionary<string, Recipient>(StringComparer.Ordinal);
        foreach (var record in records.Skip(1))
        {
            var where = $"{name} line {record.Line} (row {rows.Count + 1})";
            if (record.Fields.Count != header.Count)
            {
                throw new InputException($"{where}: {record.Fields.Count} fields where the header has {header.Count}; quote fields that contain '{Shown(delimiter)}'.");
            }

            string? Value(int at) => at < 0 || string.IsNullOrWhiteSpace(record.Fields[at]) ? null : record.Fields[at].Trim();
            string Required(int at, string what) => Value(at) ?? throw new InputException($"{where}, column {at + 1} '{header[at]}': {what}");

            var badgeId = Value(badgeAt) ?? defaultBadgeId ?? Required(badgeAt, "no badge id, and no --badge-id given.");
            var recipientName = Required(nameAt, "no name.");
            var id = Required(keyAt, settings.IdColumn is null ? "no email; rows are keyed by badge id and email, or by a column named with --id-column." : "no id.");
            var key = $"{badgeId}|{(settings.IdColumn is null ? id.ToLowerInvariant() : id)}";
            var recipient = new Recipient(rows.Count + 1, record.Line, key, badgeId, recipientName, Value(emailAt), Value(phoneAt));
            if (seen.TryGetValue(key, out var first))
            {
                throw new InputException($"{where}: the same recipient as line {first.Line} (badge {badgeId}, {header[keyAt]} {id}); remove one, or key rows by another column with --id-column.");
            }

            seen.Add(key, recipient);
            rows.Add(recipient);
        }

        return rows.Count > 0 ? rows : throw new InputException($"{name} has a header line but no recipients.");
    }

    private static string ReadText(string path, string name)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputException($"{path}: no such file.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot be read ({e.Message}).", e);
        }

        // A NUL or a byte that is not UTF-8 means this is not a text CSV (a spreadsheet, an image).
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var nul = Array.IndexOf(bytes, (byte)0);
        try
        {
            if (nul < 0)
            {
                return strict.GetString(bytes).TrimStart('\uFEFF');
            }
        }
        catch (DecoderFallbackException e)
        {
            nul = e.Index >= 0 ? e.Index : 0;
        }

        var line = 1 + bytes.AsSpan(0, nul).Count((byte)'\n');
        var column = nul - bytes.AsSpan(0, nul).LastIndexOf((byte)'\n');
        throw new InputException(string.Create(CultureInfo.InvariantCulture, $"{name} is not a text CSV file (UTF-8): line {line}, column {column} holds the byte 0x{bytes[nul]:X2}."));
    }

    // The separator that occurs most in the header line: ',' unless ';' or a tab is more common.
    private static char Detect(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var header = end < 0 ? text : text[..end];
        return Separators.OrderByDescending(c => header.Count(h => h == c)).First();
    }

    private static int Column(List<string> header, string column, string name, char delimiter)
    {
        var at = header.IndexOf(column);
        if (at >= 0)
        {
            return at;
        }

        var other = delimiter == ',' ? ';' : ',';
        var hint = header.Count == 1 && header[0].Contains(other, StringComparison.Ordinal) ? $" The file seems to use '{other}': pass --delimiter '{other}'." : string.Empty;
        throw new InputException($"{name} line 1: no '{column}' column (found: {string.Join(", ", header.Select(h => $"'{h}'"))}).{hint}");
    }

    private static string Shown(char delimiter) => delimiter == '\t' ? "tab" : delimiter.ToString();

    private static List<CsvRecord> Parse(string text, char delimiter, string name)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var value = new StringBuilder();
        int line = 1, recordLine = 1, fieldColumn = 1, i = 0;
        var quoted = false;
        var afterQuote = false;
        var quoteLine = 0;
        var quoteColumn = 0;

        void EndField()
        {
            fields.Add(value.ToString());
            value.Clear();
            afterQuote = false;
        }

        void EndRecord()
        {
            EndField();
            if (fields.Count > 1 || fields[0].Trim().Length > 0)
            {
                records.Add(new CsvRecord(recordLine, [.. fields]));
            }

            fields.Clear();
        }

        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    value.Append('"');
                    i += 2;
                    continue;
                }

                if (c == '"')
                {
                    quoted = false;
                    afterQuote = true;
                }
                else
                {
                    value.Append(c);
                }

                if (c == '\n')
                {
                    line++;
                }

                i++;
                continue;
            }

            if (c == delimiter)
            {
                EndField();
                fieldColumn = fields.Count + 1;
            }
            else if (c is '\r' or '\n')
            {
                EndRecord();
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                line++;
                recordLine = line;
                fieldColumn = 1;
            }
            else if (afterQuote)
            {
                throw new InputException($"{name} line {line}, column {fieldColumn}: text after the closing quote of a quoted field; double the quotes inside it (\"\").");
            }
            else if (c == '"')
            {
                if (value.ToString().Trim().Length > 0)
                {
                    throw new InputException($"{name} line {line}, column {fieldColumn}: a quote inside an unquoted field; quote the whole field and double the quotes inside it (\"\").");
                }

                value.Clear();
                quoted = true;
                quoteLine = line;
                quoteColumn = fieldColumn;
            }
            else
            {
                value.Append(c);
            }

            i++;
        }

        if (quoted)
        {
            throw new InputException($"{name} line {quoteLine}, column {quoteColumn}: a quoted field opened here is never closed.");
        }

        if (fields.Count > 0 || value.Length > 0)
        {
            EndRecord();
        }

        return records;
    }

    private sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
}
