using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using BadgeSdk.Core.Errors;
using BadgeSdk.Core.Http;

namespace BadgeSdk.Loyalty;

/// <summary>What every paged Capillary list and every reconciled create share.</summary>
public partial class LoyaltyClient
{
    /// <summary>Reads pages 0, 1, 2… one at a time, each only when the previous one is used up, until a page says it is the last or comes back empty.</summary>
    private static async IAsyncEnumerable<T> ReadAllPagesAsync<TPage, T>(
        Func<int, CancellationToken, Task<TPage>> readPage,
        Func<TPage, IReadOnlyList<T>> items,
        Func<TPage, bool> hasMore,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var page = 0; ; page++)
        {
            var result = await readPage(page, cancellationToken).ConfigureAwait(false);
            var list = items(result);
            foreach (var item in list)
            {
                yield return item;
            }

            if (!hasMore(result) || list.Count == 0)
            {
                yield break;
            }
        }
    }

    /// <summary>Fails when Capillary answered another page than the one asked for: following such an answer would read the same page for ever.</summary>
    /// <param name="operation">The operation, for the message.</param>
    /// <param name="asked">The page asked for.</param>
    /// <param name="answered">The page Capillary says it sent (<c>pagination.page</c>), if any.</param>
    /// <param name="parameter">The query parameter the page was asked with.</param>
    /// <param name="setting">The option that names that parameter, when it is configurable.</param>
    private static void ThrowIfOtherPage(string operation, int asked, int? answered, string parameter, string? setting)
    {
        if (answered is not { } page || page == asked)
        {
            return;
        }

        var advice = setting is null ? string.Empty : $" Your cluster pages with another parameter: set {nameof(LoyaltyClientOptions)}.{setting}.";
        throw new BadgeApiException($"{BadgeErrorFactory.Subject(CapillaryDialect.ApiName, operation)}: asked for page {asked} with the query parameter '{parameter}' but got page {page}.{advice}")
        {
            Operation = operation,
        };
    }

    /// <summary>
    /// Sends a create whose name is unique and settles an uncertain outcome by looking the name up,
    /// never by re-sending blindly. The call must be <see cref="RetrySafety.ReconciledByCaller"/>,
    /// so the pipeline still retries failures that prove nothing was stored (refused, 408, 429, 503)
    /// but hands back a timeout, a reset or a 500/502/504 at once. Then: the name is found → an
    /// earlier attempt created it (<paramref name="lookUp"/> returns it, marked recovered); not
    /// found → it was not stored, so the create is sent once more; a refusal of that resend that
    /// <paramref name="resendRefusalMayBeOurs"/> accepts (a duplicate name) means the first
    /// attempt's record became visible late, so the name is looked up again. Capillary's 999999
    /// (HTTP 500, a validation crash) is left as it is: it repeats on every attempt, so neither a
    /// lookup nor a resend can settle it.
    /// </summary>
    /// <param name="call">The create; marked so that every outcome of the resend says the first attempt may have landed.</param>
    /// <param name="send">Sends the call; its argument says whether an earlier attempt may have landed.</param>
    /// <param name="lookUp">Finds the record by its exact name, marked recovered, or <see langword="null"/>.</param>
    /// <param name="resendRefusalMayBeOurs">Which refusals of the resend can mean the first attempt's record exists.</param>
    /// <param name="cancellationToken">Cancels the sends and lookups.</param>
    private static async Task<TResult> ReconcileCreateAsync<TResult>(
        BadgeHttpRequest call,
        Func<bool, CancellationToken, Task<TResult>> send,
        Func<CancellationToken, Task<TResult?>> lookUp,
        Func<BadgeApiException, bool> resendRefusalMayBeOurs,
        CancellationToken cancellationToken)
        where TResult : class
    {
        try
        {
            return await send(false, cancellationToken).ConfigureAwait(false);
        }
        catch (BadgeApiException first) when ((first.MayHaveBeenProcessed || first is BadgeAlreadyProcessedException) && !CapillaryDialect.IsValidationCrash(first))
        {
            if (await LookUpAfterAsync(first, lookUp, cancellationToken).ConfigureAwait(false) is { } found)
            {
                return found;
            }

            if (first is BadgeAlreadyProcessedException)
            {
                // A repeat refusal that says an earlier attempt landed, yet the name cannot be found: say so, do not guess.
                throw;
            }
        }

        // Whatever the resend meets, the first attempt may still have landed: its outcome must say so.
        call.PriorSendMayHaveBeenProcessed = true;
        try
        {
            return await send(true, cancellationToken).ConfigureAwait(false);
        }
        catch (BadgeApiException again) when (again.MayHaveBeenProcessed || resendRefusalMayBeOurs(again))
        {
            // Our first attempt may have landed after the lookup missed it; a duplicate now is most probably that record.
            if (await LookUpAfterAsync(again, lookUp, cancellationToken).ConfigureAwait(false) is { } found)
            {
                return found;
            }

            throw;
        }
    }

    /// <summary>Looks the name up after a failed create; a lookup that fails itself leaves the create's own error to be thrown, as it is the one that says what may have happened.</summary>
    private static async Task<TResult?> LookUpAfterAsync<TResult>(BadgeApiException failure, Func<CancellationToken, Task<TResult?>> lookUp, CancellationToken cancellationToken)
        where TResult : class
    {
        try
        {
            return await lookUp(cancellationToken).ConfigureAwait(false);
        }
        catch (BadgeApiException lookup)
        {
            failure.Data["LookupError"] = lookup.Message;
            ExceptionDispatchInfo.Throw(failure);
            return null;
        }
    }
}
