using System.Globalization;
using BadgeSdk;
using BadgeSdk.Issuance;
using CsvHelper;
using CsvHelper.Configuration;

namespace BulkIssue;

/// <summary>
/// Issues one badge per CSV row with bounded concurrency, appending each outcome to the results
/// CSV as it happens. Every row's idempotency key is derived from the row, so a rerun after a
/// crash or Ctrl+C skips the rows already recorded, and a row that was issued but not recorded is
/// rejected by IssueBadge as a reused key (recorded as <c>already-issued</c>) instead of issued twice.
/// </summary>
public static class BulkIssueJob
{
    private static readonly CsvConfiguration Csv = new(CultureInfo.InvariantCulture)
    {
        PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
        MissingFieldFound = null,
        HeaderValidated = null,
    };

    /// <summary>Runs (or resumes) the job.</summary>
    /// <param name="client">The IssueBadge client.</param>
    /// <param name="input">The recipients CSV.</param>
    /// <param name="output">The results CSV; existing rows are kept and skipped.</param>
    /// <param name="defaultBadgeId">The badge for rows without <c>badge_id</c>.</param>
    /// <param name="concurrency">Calls in flight at once.</param>
    /// <param name="progress">Told the number of rows done so far (resumed rows included) and the total.</param>
    /// <param name="cancellationToken">Stops starting rows; rows in flight finish or are cancelled.</param>
    /// <returns>The results of this run and earlier ones, by row.</returns>
    public static async Task<IReadOnlyList<RowResult>> RunAsync(IssuanceClient client, string input, string output, string? defaultBadgeId, int concurrency, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var recipients = ReadRecipients(input, defaultBadgeId);
        var results = ReadResults(output).Where(r => r.IsDone).ToDictionary(r => r.Row);
        var pending = recipients.Where(r => !results.ContainsKey(r.Row)).ToList();
        var done = results.Count;
        progress?.Report((done, recipients.Count));

        await using var writer = OpenResults(output, results.Values);
        var gate = new object();
        await Parallel.ForEachAsync(
            pending,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, concurrency), CancellationToken = cancellationToken },
            async (recipient, ct) =>
            {
                var result = await IssueAsync(client, recipient, ct).ConfigureAwait(false);
                lock (gate)
                {
                    writer.WriteRecord(result);
                    writer.NextRecord();
                    writer.Flush();
                    results[result.Row] = result;
                    progress?.Report((++done, recipients.Count));
                }
            }).ConfigureAwait(false);
        return [.. results.Values.OrderBy(r => r.Row)];
    }

    /// <summary>The row's key: the same row of the same file always gets the same key.</summary>
    /// <param name="recipient">The row.</param>
    /// <returns>The key.</returns>
    public static IdempotencyKey KeyFor(Recipient recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        return IdempotencyKey.FromParts("BulkIssue", recipient.Row.ToString(CultureInfo.InvariantCulture), recipient.BadgeId, recipient.Name, recipient.Email ?? string.Empty);
    }

    private static async Task<RowResult> IssueAsync(IssuanceClient client, Recipient recipient, CancellationToken cancellationToken)
    {
        var key = KeyFor(recipient);
        try
        {
            var issued = await client.IssueBadgeAsync(new IssueBadgeRequest(recipient.BadgeId, recipient.Name) { Email = recipient.Email, Phone = recipient.Phone, IdempotencyKey = key }, cancellationToken).ConfigureAwait(false);
            return new RowResult(recipient.Row, "issued", issued.IssueId, issued.PublicUrl?.ToString(), key.Value, null);
        }
        catch (BadgeConflictException e) when (e is BadgeAlreadyProcessedException || e.ServerMessage?.Contains("idempotency", StringComparison.OrdinalIgnoreCase) == true)
        {
            // The key was used by an earlier (interrupted) run or a lost attempt: the badge exists.
            return new RowResult(recipient.Row, "already-issued", null, null, key.Value, null);
        }
        catch (BadgeApiException e) when (e is not BadgeTransientException and not BadgeRateLimitException and not BadgeAuthenticationException)
        {
            return new RowResult(recipient.Row, "failed", null, null, key.Value, e.Message);
        }
    }

    private static List<Recipient> ReadRecipients(string path, string? defaultBadgeId)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, Csv);
        var rows = new List<Recipient>();
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            var badgeId = Field(csv, "badge_id") ?? defaultBadgeId
                ?? throw new InvalidDataException($"Row {rows.Count + 1} has no badge_id and no --badge-id was given.");
            var name = Field(csv, "name") ?? throw new InvalidDataException($"Row {rows.Count + 1} has no name.");
            rows.Add(new Recipient(rows.Count + 1, badgeId, name, Field(csv, "email"), Field(csv, "phone")));
        }

        return rows;
    }

    private static string? Field(CsvReader csv, string name)
        => csv.TryGetField<string>(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static List<RowResult> ReadResults(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, Csv);
        return [.. csv.GetRecords<RowResultRecord>().Select(r => new RowResult(r.Row, r.Status, r.IssueId, r.PublicUrl, r.IdempotencyKey, r.Error))];
    }

    // Rewrites the kept rows (dropping failed ones, which this run retries) through a temporary
    // file, so a crash at any moment leaves a complete results file behind; then appends.
    private static CsvWriter OpenResults(string path, IEnumerable<RowResult> kept)
    {
        var temporary = path + ".tmp";
        using (var rewrite = new CsvWriter(new StreamWriter(temporary, append: false), Csv))
        {
            rewrite.WriteHeader<RowResult>();
            rewrite.NextRecord();
            rewrite.WriteRecords(kept.OrderBy(r => r.Row));
        }

        File.Move(temporary, path, overwrite: true);
        return new CsvWriter(new StreamWriter(path, append: true), Csv);
    }

    private sealed class RowResultRecord
    {
        public int Row { get; set; }

        public string Status { get; set; } = string.Empty;

        public string? IssueId { get; set; }

        public string? PublicUrl { get; set; }

        public string IdempotencyKey { get; set; } = string.Empty;

        public string? Error { get; set; }
    }
}
