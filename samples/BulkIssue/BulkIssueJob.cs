using System.Globalization;
using BadgeSdk;
using BadgeSdk.Issuance;
using CsvHelper;
using CsvHelper.Configuration;

namespace BulkIssue;

/// <summary>
/// Issues one badge per recipient with bounded concurrency. Each recipient is keyed by its content
/// (badge id and email, or a named id column), never by its row number, and the results CSV is a
/// journal by that key: <c>sending</c> before each call, the outcome after. A rerun skips what was
/// issued, retries the rest with the same idempotency key (so IssueBadge rejects a repeat instead of
/// issuing twice), and refuses to start when the input no longer matches what was sent.
/// </summary>
public static class BulkIssueJob
{
    private static readonly CsvConfiguration Csv = new(CultureInfo.InvariantCulture)
    {
        PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
        MissingFieldFound = null,
    };

    /// <summary>Runs (or resumes) the job.</summary>
    /// <param name="client">The IssueBadge client.</param>
    /// <param name="settings">The files and options.</param>
    /// <param name="progress">Told the number of rows done so far (resumed rows included) and the total.</param>
    /// <param name="cancellationToken">Stops starting rows; rows in flight finish or are cancelled.</param>
    /// <returns>The latest result of every input row, and of the rows this run sent.</returns>
    /// <exception cref="InputException">The recipients or results file cannot be used, or the input changed since an earlier run in a way that cannot be matched.</exception>
    public static async Task<BulkIssueRun> RunAsync(IssuanceClient client, BulkIssueSettings settings, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(settings);
        var recipients = RecipientFile.Read(settings);
        var recorded = ReadResults(settings.Output);
        CheckMatches(recipients, recorded, Path.GetFileName(settings.Input), Path.GetFileName(settings.Output));

        var results = recorded.Where(r => r.Value.IsDone).ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);
        var pending = recipients.Where(r => !results.ContainsKey(r.Key)).ToList();
        var thisRun = new List<RowResult>();
        var done = results.Count;
        progress?.Report((done, recipients.Count));

        await using var writer = OpenResults(settings.Output, recipients.Where(r => recorded.ContainsKey(r.Key)).Select(r => recorded[r.Key] with { Row = r.Row }));
        var gate = new object();
        void Record(RowResult result)
        {
            lock (gate)
            {
                writer.WriteRecord(result);
                writer.NextRecord();
                writer.Flush();
            }
        }

        await Parallel.ForEachAsync(
            pending,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.Concurrency), CancellationToken = cancellationToken },
            async (recipient, ct) =>
            {
                var earlier = recorded.GetValueOrDefault(recipient.Key);
                var sending = Result(recipient, "sending", null, null);

                // Journal the call before making it: after a crash, the rerun knows it may have landed.
                Record(sending);
                var result = await IssueAsync(client, recipient, earlier?.MayHaveBeenSent == true, ct).ConfigureAwait(false);
                Record(result);
                lock (gate)
                {
                    results[result.Key] = result;
                    thisRun.Add(result);
                    progress?.Report((++done, recipients.Count));
                }
            }).ConfigureAwait(false);
        var rows = recipients.Select(r => results.GetValueOrDefault(r.Key) ?? recorded[r.Key] with { Row = r.Row }).ToList();
        return new BulkIssueRun(rows, [.. thisRun.OrderBy(r => r.Row)]);
    }

    /// <summary>The recipient's idempotency key: the same recipient always gets the same key, wherever its row is.</summary>
    /// <param name="recipient">The row.</param>
    /// <returns>The key.</returns>
    public static IdempotencyKey KeyFor(Recipient recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        return IdempotencyKey.FromParts("BulkIssue", recipient.Key);
    }

    // Sends one row. The outcomes come from the SDK's own classification: a conflict is IssueBadge
    // refusing the row's key as used (so the badge exists); MayHaveBeenProcessed means it may exist.
    private static async Task<RowResult> IssueAsync(IssuanceClient client, Recipient recipient, bool sentBefore, CancellationToken cancellationToken)
    {
        try
        {
            var issued = await client.IssueBadgeAsync(new IssueBadgeRequest(recipient.BadgeId, recipient.Name) { Email = recipient.Email, Phone = recipient.Phone, IdempotencyKey = KeyFor(recipient) }, cancellationToken).ConfigureAwait(false);
            return Result(recipient, "issued", null, issued);
        }
        catch (BadgeConflictException e)
        {
            return Result(recipient, "already-issued", e.ServerMessage, null);
        }
        catch (BadgeAuthenticationException)
        {
            // Every other row would fail the same way: stop the run.
            throw;
        }
        catch (BadgeApiException e) when (e.MayHaveBeenProcessed)
        {
            return Result(recipient, "unconfirmed", e.Message, null);
        }
        catch (BadgeApiException e) when (sentBefore && e.StatusCode is not null && e is not BadgeTransientException and not BadgeRateLimitException)
        {
            // An earlier run sent this same call and may have issued it; IssueBadge's answer to a
            // repeated key is not documented, so a refusal now is no proof that nothing was issued.
            return Result(recipient, "unconfirmed", $"An earlier run sent this row with idempotency key '{KeyFor(recipient)}' and may have issued it; now: {e.Message} Check the recipient in IssueBadge before issuing again.", null);
        }
        catch (BadgeApiException e)
        {
            return Result(recipient, "failed", e.Message, null);
        }
    }

    private static RowResult Result(Recipient recipient, string status, string? error, IssueBadgeResult? issued)
        => new(recipient.Key, recipient.Row, status, recipient.BadgeId, recipient.Name, recipient.Email, recipient.Phone, issued?.IssueId, issued?.PublicUrl?.ToString(), KeyFor(recipient).Value, error);

    // A recorded recipient that may have been sent must still be in the input with the same content;
    // otherwise a rerun would issue under a key that means something else, or miss what was issued.
    private static void CheckMatches(IReadOnlyList<Recipient> recipients, Dictionary<string, RowResult> recorded, string input, string output)
    {
        var byKey = recipients.ToDictionary(r => r.Key, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var result in recorded.Values.Where(r => r.MayHaveBeenSent))
        {
            if (!byKey.TryGetValue(result.Key, out var now))
            {
                problems.Add($"'{result.Name}' ({result.Key}), recorded as {result.Status}, is no longer in {input}");
                continue;
            }

            var changes = new[] { ("badge_id", result.BadgeId, now.BadgeId), ("name", result.Name, now.Name), ("email", result.Email, now.Email), ("phone", result.Phone, now.Phone) }
                .Where(c => !string.Equals(c.Item2 ?? string.Empty, c.Item3 ?? string.Empty, StringComparison.Ordinal))
                .Select(c => $"{c.Item1} '{c.Item2}' is now '{c.Item3}'");
            var changed = string.Join(", ", changes);
            if (changed.Length > 0)
            {
                problems.Add($"line {now.Line} ({now.Key}), recorded as {result.Status}, changed: {changed}");
            }
        }

        if (problems.Count > 0)
        {
            throw new InputException($"{input} no longer matches {output} for {problems.Count} recipient(s): {string.Join("; ", problems.Take(3))}{(problems.Count > 3 ? "; …" : string.Empty)}. Restore the input, or use a new --output to start a separate run.");
        }
    }

    private static Dictionary<string, RowResult> ReadResults(string path)
    {
        if (!File.Exists(path))
        {
            return new(StringComparer.Ordinal);
        }

        try
        {
            using var reader = new StreamReader(path);
            using var csv = new CsvReader(reader, Csv);
            var latest = new Dictionary<string, RowResult>(StringComparer.Ordinal);
            foreach (var r in csv.GetRecords<RowResultRecord>())
            {
                latest[r.Key] = new RowResult(r.Key, r.Row, r.Status, r.BadgeId, r.Name, r.Email, r.Phone, r.IssueId, r.PublicUrl, r.IdempotencyKey, r.Error);
            }

            return latest;
        }
        catch (CsvHelperException e)
        {
            throw new InputException($"{Path.GetFileName(path)} is not a results file of this BulkIssue ({e.GetType().Name} at line {e.Context?.Parser?.RawRow}); pass a new --output.", e);
        }
    }

    // Rewrites the latest record of each recipient through a temporary file, so a crash at any
    // moment leaves a complete results file behind; then appends.
    private static CsvWriter OpenResults(string path, IEnumerable<RowResult> kept)
    {
        var temporary = path + ".tmp";
        using (var rewrite = new CsvWriter(new StreamWriter(temporary, append: false), Csv))
        {
            rewrite.WriteHeader<RowResult>();
            rewrite.NextRecord();
            rewrite.WriteRecords(kept);
        }

        File.Move(temporary, path, overwrite: true);
        return new CsvWriter(new StreamWriter(path, append: true), Csv);
    }

    private sealed class RowResultRecord
    {
        public string Key { get; set; } = string.Empty;

        public int Row { get; set; }

        public string Status { get; set; } = string.Empty;

        public string BadgeId { get; set; } = string.Empty;

        public string Name { get; set; } = string.Empty;

        public string? Email { get; set; }

        public string? Phone { get; set; }

        public string? IssueId { get; set; }

        public string? PublicUrl { get; set; }

        public string IdempotencyKey { get; set; } = string.Empty;

        public string? Error { get; set; }
    }
}
