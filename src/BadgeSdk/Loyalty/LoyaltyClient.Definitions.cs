using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using BadgeSdk.Core.Http;
using BadgeSdk.Loyalty.Wire;

namespace BadgeSdk.Loyalty;

/// <summary>Badge definitions: read, list, find by name, update, activate, claim, and the create that reconciles a lost attempt.</summary>
public partial class LoyaltyClient
{
    private const string BadgeMetaPath = BadgeQueryMapper.BadgeMetaPath;

    // Frozen once a client uses them, so keeping the reference is safe; null only in a mock.
    private readonly LoyaltyClientOptions? _definitionOptions;

    private string PageParameter => _definitionOptions?.ListBadgesPageParameterName ?? "page";

    private string PageSizeParameter => _definitionOptions?.ListBadgesPageSizeParameterName ?? "limit";

    private string ActivateSegment => _definitionOptions?.ActivatePathSegment ?? "activate";

    private string DeactivateSegment => _definitionOptions?.DeactivatePathSegment ?? "deactivate";

    private string FixedWindowDateFormat => _definitionOptions?.FixedWindowDateFormat ?? "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>Reads one badge definition (<c>GET api_gateway/v1/badges/badgeMeta/{badgeId}</c>).</summary>
    /// <param name="badgeId">The badge's id.</param>
    /// <param name="includeStatistics">Sends <c>includeStatistics=true</c>: the issued and earned counts and each fixed window's current cycle.</param>
    /// <param name="status">Sends <c>status</c> (<c>UPCOMING</c>, <c>LIVE</c> or <c>EXPIRED</c>), as the reference page lists it.</param>
    /// <param name="cancellationToken">Cancels the call, backoff waits included.</param>
    /// <returns>The badge.</returns>
    /// <exception cref="BadgeValidationException"><paramref name="badgeId"/> is blank (nothing was sent).</exception>
    /// <exception cref="BadgeNotFoundException">No badge has this id (Capillary's 404, "Passed badge is not found").</exception>
    public virtual async Task<BadgeDefinition> GetBadgeAsync(string badgeId, bool includeStatistics = false, BadgeStatus? status = null, CancellationToken cancellationToken = default)
    {
        BadgeValidationException.ThrowIfBlank(badgeId, nameof(badgeId));
        var call = new BadgeHttpRequest("GetBadge", HttpMethod.Get, BadgeQueryMapper.BadgePath(badgeId, includeStatistics, status));
        var (data, _, _) = await SendAsync(call, LoyaltyJsonContext.Default.CapillaryEnvelopeBadgeMetaWire, cancellationToken).ConfigureAwait(false);
        return BadgeMetaMapper.FromWire(data);
    }

    /// <summary>
    /// Lists every badge that matches the filters, page after page (<c>GET api_gateway/v1/badges/badgeMeta</c>),
    /// reading the next page only when the previous one is used up.
    /// </summary>
    /// <param name="request">The filters.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The badges, in Capillary's order.</returns>
    /// <exception cref="BadgeValidationException">A filter is invalid (thrown here, before anything is sent).</exception>
    /// <exception cref="BadgeApiException">A page could not be read, or Capillary answered another page than the one asked for (the paging parameter is not the one your cluster uses: see <see cref="LoyaltyClientOptions.ListBadgesPageParameterName"/>).</exception>
    public virtual IAsyncEnumerable<BadgeDefinition> ListBadgesAsync(ListBadgesRequest request, CancellationToken cancellationToken = default)
    {
        CheckList(request);
        return ListAllAsync("ListBadges", request, cancellationToken);
    }

    /// <summary>Reads one page of the badge list (<c>GET api_gateway/v1/badges/badgeMeta</c>).</summary>
    /// <param name="request">The filters.</param>
    /// <param name="page">The page, from 0.</param>
    /// <param name="cancellationToken">Cancels the call, backoff waits included.</param>
    /// <returns>The page's badges with <c>pagination</c> as Capillary sent it.</returns>
    /// <exception cref="BadgeValidationException">A filter or <paramref name="page"/> is invalid (nothing was sent).</exception>
    public virtual Task<ListBadgesResult> ListBadgesPageAsync(ListBadgesRequest request, int page = 0, CancellationToken cancellationToken = default)
    {
        CheckList(request);
        if (page < 0)
        {
            throw BadgeValidationException.ForField(nameof(page), "must be 0 or more (pages count from 0).");
        }

        return ReadPageAsync("ListBadgesPage", request, page, cancellationToken);
    }

    /// <summary>
    /// Finds the badge with exactly this name: Capillary's names are unique and case-sensitive, so
    /// the list's <c>name</c> filter is used to narrow the search and every page it returns is
    /// compared ordinally; a badge whose name merely contains, or differs in case from,
    /// <paramref name="name"/> is never returned.
    /// </summary>
    /// <param name="name">The exact name.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <returns>The badge, or <see langword="null"/> when none has this name.</returns>
    /// <exception cref="BadgeValidationException"><paramref name="name"/> is blank (nothing was sent).</exception>
    public virtual Task<BadgeDefinition?> FindBadgeByNameAsync(string name, CancellationToken cancellationToken = default)
    {
        BadgeValidationException.ThrowIfBlank(name, nameof(name));
        return FindByNameAsync("FindBadgeByName", name, cancellationToken);
    }

    /// <summary>
    /// Replaces a badge definition (<c>PUT api_gateway/v1/badges/badgeMeta</c>, the body of a create
    /// with the badge's <c>id</c>). Capillary replaces the whole definition; send every field you keep.
    /// </summary>
    /// <param name="request">The badge.</param>
    /// <param name="cancellationToken">Cancels the call, backoff waits included.</param>
    /// <returns>The badge as Capillary stored it, with any warnings.</returns>
    /// <exception cref="BadgeValidationException">The request breaks a rule Capillary enforces (checked before sending: 720, 724, 728), or Capillary rejected it (400, 723 start date of a live badge changed, 826 window type changed).</exception>
    /// <exception cref="BadgeConflictException">Another badge has this name (725).</exception>
    /// <exception cref="BadgeNotFoundException">No badge has this id.</exception>
    public virtual async Task<UpdateBadgeResult> UpdateBadgeAsync(UpdateBadgeRequest request, CancellationToken cancellationToken = default)
    {
        CreateBadgeValidator.Validate(request, _time.GetUtcNow());
        var call = new BadgeHttpRequest("UpdateBadge", HttpMethod.Put, BadgeMetaPath)
        {
            JsonBody = JsonSerializer.SerializeToUtf8Bytes(BadgeMetaMapper.ToWire(request), LoyaltyJsonContext.Default.BadgeMetaWire),

            // A replace by id: sending the same definition twice leaves the same badge.
            Safety = RetrySafety.Idempotent,
        };
        var (data, warnings, _) = await SendAsync(call, LoyaltyJsonContext.Default.CapillaryEnvelopeBadgeMetaWire, cancellationToken).ConfigureAwait(false);
        return new UpdateBadgeResult(BadgeMetaMapper.FromWire(data)) { Warnings = warnings };
    }

    /// <summary>Reads a badge's fixed-window cycles (<c>GET api_gateway/v1/badges/badgeMeta/getFixedWindowDetails</c>), one page.</summary>
    /// <param name="request">The badge and filters.</param>
    /// <param name="cancellationToken">Cancels the call, backoff waits included.</param>
    /// <returns>The cycles with paging information.</returns>
    /// <exception cref="BadgeValidationException">The request is invalid (nothing was sent).</exception>
    public virtual async Task<GetFixedWindowDetailsResult> GetFixedWindowDetailsAsync(GetFixedWindowDetailsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        BadgeValidationException.ThrowIfBlank(request.BadgeId, nameof(request.BadgeId));
        if (request.Page < 0)
        {
            throw BadgeValidationException.ForField(nameof(request.Page), "must be 0 or more (pages count from 0).");
        }

        if (request.PageSize < 1)
        {
            throw BadgeValidationException.ForField(nameof(request.PageSize), "must be at least 1.");
        }

        if (request.StartDate > request.EndDate)
        {
            throw BadgeValidationException.ForField(nameof(request.StartDate), $"must not be after EndDate ({request.EndDate:O}).");
        }

        var call = new BadgeHttpRequest("GetFixedWindowDetails", HttpMethod.Get, BadgeQueryMapper.FixedWindowPath(request, FixedWindowDateFormat));
        var (data, warnings, _) = await SendAsync(call, LoyaltyJsonContext.Default.CapillaryEnvelopeFixedWindowDetailsWire, cancellationToken).ConfigureAwait(false);
        return BadgeQueryMapper.FromWire(data, warnings);
    }

    /// <summary>
    /// Activates or deactivates a badge (<c>PUT api_gateway/v1/badges/badgeMeta/{badgeId}/activate</c>
    /// or <c>…/deactivate</c>; the segments are <see cref="LoyaltyClientOptions.ActivatePathSegment"/>
    /// and <see cref="LoyaltyClientOptions.DeactivatePathSegment"/>).
    /// </summary>
    /// <param name="badgeId">The badge's id.</param>
    /// <param name="active"><see langword="true"/> to activate, <see langword="false"/> to deactivate.</param>
    /// <param name="cancellationToken">Cancels the call, backoff waits included.</param>
    /// <returns>The badge's activation state as Capillary reports it.</returns>
    /// <exception cref="BadgeValidationException"><paramref name="badgeId"/> is blank (nothing was sent).</exception>
    /// <exception cref="BadgeNotFoundException">No badge has this id.</exception>
    public virtual async Task<BadgeActivation> SetBadgeActiveAsync(string badgeId, bool active, CancellationToken cancellationToken = default)
    {
        BadgeValidationException.ThrowIfBlank(badgeId, nameof(badgeId));
        var segment = active ? ActivateSegment : DeactivateSegment;
        var call = new BadgeHttpRequest("SetBadgeActive", HttpMethod.Put, $"{BadgeMetaPath}/{Uri.EscapeDataString(badgeId)}/{Uri.EscapeDataString(segment)}")
        {
            // Setting a state, not toggling it: a repeat leaves the same state.
            Safety = RetrySafety.Idempotent,
        };
        var (data, _, _) = await SendAsync(call, LoyaltyJsonContext.Default.CapillaryEnvelopeActivationWire, cancellationToken).ConfigureAwait(false);
        return new BadgeActivation(data.Id ?? badgeId, data.IsActive ?? active);
    }

    /// <summary>Claims a badge for a module (<c>POST api_gateway/v1/badges/badgeMeta/{badgeId}/claim</c>, body <c>{ownerType, referenceId}</c>).</summary>
    /// <param name="badgeId">The badge's id.</param>
    /// <param name="claim">The claiming module and its reference id; the module must be one of the badge's owners.</param>
    /// <param name="cancellationToken">Cancels the call, backoff waits included.</param>
    /// <returns>The claim as Capillary stored it (<see cref="BadgeClaim.IsActive"/> <see langword="true"/>).</returns>
    /// <exception cref="BadgeValidationException">The claim is incomplete (nothing was sent), or Capillary rejected it (400 unknown owner type, 714 owner not allowed, 717 owner id missing).</exception>
    public virtual Task<BadgeClaim> ClaimBadgeAsync(string badgeId, BadgeClaim claim, CancellationToken cancellationToken = default)
        => SendClaimAsync("ClaimBadge", "claim", badgeId, claim, cancellationToken);

    /// <summary>Withdraws a module's claim on a badge (<c>POST api_gateway/v1/badges/badgeMeta/{badgeId}/unclaim</c>, body <c>{ownerType, referenceId}</c>); Capillary keeps the claim, inactive.</summary>
    /// <param name="badgeId">The badge's id.</param>
    /// <param name="claim">The claim to withdraw.</param>
    /// <param name="cancellationToken">Cancels the call, backoff waits included.</param>
    /// <returns>The claim as Capillary stored it (<see cref="BadgeClaim.IsActive"/> <see langword="false"/>).</returns>
    /// <exception cref="BadgeValidationException">The claim is incomplete (nothing was sent), or Capillary rejected it.</exception>
    public virtual Task<BadgeClaim> UnclaimBadgeAsync(string badgeId, BadgeClaim claim, CancellationToken cancellationToken = default)
        => SendClaimAsync("UnclaimBadge", "unclaim", badgeId, claim, cancellationToken);

    private static void CheckList(ListBadgesRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.PageSize < 1)
        {
            throw BadgeValidationException.ForField(nameof(request.PageSize), "must be at least 1.");
        }

        if (request.Name is { } name && string.IsNullOrWhiteSpace(name))
        {
            throw BadgeValidationException.ForField(nameof(request.Name), "cannot be blank; leave it unset to list every name.");
        }

        if (request.StartOn > request.ExpiresOn)
        {
            throw BadgeValidationException.ForField(nameof(request.StartOn), $"must not be after ExpiresOn ({request.ExpiresOn:O}).");
        }
    }

    private async Task<ListBadgesResult> ReadPageAsync(string operation, ListBadgesRequest request, int page, CancellationToken cancellationToken)
    {
        var call = new BadgeHttpRequest(operation, HttpMethod.Get, BadgeQueryMapper.ListPath(request, page, PageParameter, PageSizeParameter));
        var (data, warnings, _) = await SendAsync(call, LoyaltyJsonContext.Default.CapillaryEnvelopeBadgeListWire, cancellationToken).ConfigureAwait(false);
        var result = BadgeQueryMapper.FromWire(data, warnings);
        if (data.Pagination?.Page is { } answered && answered != page)
        {
            // Following such an answer would read the same page for ever.
            throw new BadgeApiException(
                $"{CapillaryDialect.ApiName} {operation}: asked for page {page} with the query parameter '{PageParameter}' but got page {answered}. " +
                $"Your cluster pages with another parameter: set {nameof(LoyaltyClientOptions)}.{nameof(LoyaltyClientOptions.ListBadgesPageParameterName)}.")
            {
                Operation = operation,
            };
        }

        return result;
    }

    private async IAsyncEnumerable<BadgeDefinition> ListAllAsync(string operation, ListBadgesRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var page = 0; ; page++)
        {
            var result = await ReadPageAsync(operation, request, page, cancellationToken).ConfigureAwait(false);
            foreach (var badge in result.Badges)
            {
                yield return badge;
            }

            if (!result.HasMore || result.Badges.Count == 0)
            {
                yield break;
            }
        }
    }

    private async Task<BadgeDefinition?> FindByNameAsync(string operation, string name, CancellationToken cancellationToken)
    {
        // The name filter may match loosely (Capillary does not say), so every page it returns is compared exactly.
        await foreach (var badge in ListAllAsync(operation, new ListBadgesRequest { Name = name }, cancellationToken).ConfigureAwait(false))
        {
            if (string.Equals(badge.Name, name, StringComparison.Ordinal))
            {
                return badge;
            }
        }

        return null;
    }

    private async Task<BadgeClaim> SendClaimAsync(string operation, string action, string badgeId, BadgeClaim claim, CancellationToken cancellationToken)
    {
        BadgeValidationException.ThrowIfBlank(badgeId, nameof(badgeId));
        ArgumentNullException.ThrowIfNull(claim);
        BadgeValidationException.ThrowIfBlank(claim.OwnerType.Value, "claim.OwnerType");
        BadgeValidationException.ThrowIfBlank(claim.ReferenceId, "claim.ReferenceId");
        var call = new BadgeHttpRequest(operation, HttpMethod.Post, $"{BadgeMetaPath}/{Uri.EscapeDataString(badgeId)}/{action}")
        {
            JsonBody = JsonSerializer.SerializeToUtf8Bytes(new ClaimWire { OwnerType = claim.OwnerType.Value, ReferenceId = claim.ReferenceId }, LoyaltyJsonContext.Default.ClaimWire),

            // The claim is keyed by owner and reference id: repeating it sets the same claim again.
            Safety = RetrySafety.Idempotent,
        };
        var (data, _, _) = await SendAsync(call, LoyaltyJsonContext.Default.CapillaryEnvelopeClaimWire, cancellationToken).ConfigureAwait(false);
        return BadgeMetaMapper.FromWire(data);
    }

    /// <summary>
    /// Sends a create and settles an uncertain outcome by looking the name up, never by re-sending
    /// blindly. The call is marked <see cref="RetrySafety.ReconciledByCaller"/>, so the pipeline
    /// still retries failures that prove nothing was stored (refused, 408, 429, 503) but hands back
    /// a timeout, a reset or a 500/502/504 at once. Then: the name is found → the earlier attempt
    /// created it (<see cref="CreateBadgeResult.Recovered"/>); not found → it was not stored, so the
    /// create is sent once more; a 725 on that resend means the first attempt's badge became visible
    /// late, so the name is looked up again. Capillary's 999999 (HTTP 500, a validation crash) is
    /// left as it is: it repeats on every attempt, so neither a lookup nor a resend can settle it.
    /// </summary>
    private async Task<CreateBadgeResult> CreateReconciledAsync(CreateBadgeRequest request, BadgeHttpRequest call, CancellationToken cancellationToken)
    {
        try
        {
            return await SendCreateAsync(call, earlierMayHaveLanded: false, cancellationToken).ConfigureAwait(false);
        }
        catch (BadgeApiException first) when ((first.MayHaveBeenProcessed || first is BadgeAlreadyProcessedException) && !CapillaryDialect.IsValidationCrash(first))
        {
            if (await LookUpAfterAsync(first, request.Name, cancellationToken).ConfigureAwait(false) is { } found)
            {
                return found;
            }

            if (first is BadgeAlreadyProcessedException)
            {
                // A 725 that says an earlier attempt landed, yet the name cannot be found: say so, do not guess.
                throw;
            }
        }

        // Whatever the resend meets, the first attempt may still have landed: its outcome must say so.
        call.PriorSendMayHaveBeenProcessed = true;
        try
        {
            return await SendCreateAsync(call, earlierMayHaveLanded: true, cancellationToken).ConfigureAwait(false);
        }
        catch (BadgeApiException again) when (again.MayHaveBeenProcessed || again is BadgeConflictException)
        {
            // Our first attempt may have landed after the lookup missed it; a 725 now is most probably that badge.
            if (await LookUpAfterAsync(again, request.Name, cancellationToken).ConfigureAwait(false) is { } found)
            {
                return found;
            }

            throw;
        }
    }

    private async Task<CreateBadgeResult> SendCreateAsync(BadgeHttpRequest call, bool earlierMayHaveLanded, CancellationToken cancellationToken)
    {
        var (data, warnings, earlier) = await SendAsync(call, LoyaltyJsonContext.Default.CapillaryEnvelopeBadgeMetaWire, cancellationToken).ConfigureAwait(false);
        return new CreateBadgeResult(BadgeMetaMapper.FromWire(data)) { Warnings = warnings, EarlierAttemptMayHaveBeenProcessed = earlier || earlierMayHaveLanded };
    }

    /// <summary>Looks the name up after a failed create; a lookup that fails itself leaves the create's own error to be thrown, as it is the one that says what may have happened.</summary>
    private async Task<CreateBadgeResult?> LookUpAfterAsync(BadgeApiException failure, string name, CancellationToken cancellationToken)
    {
        BadgeDefinition? found;
        try
        {
            found = await FindByNameAsync("CreateBadge", name, cancellationToken).ConfigureAwait(false);
        }
        catch (BadgeApiException lookup)
        {
            failure.Data["LookupError"] = lookup.Message;
            ExceptionDispatchInfo.Throw(failure);
            return null;
        }

        return found is null ? null : new CreateBadgeResult(found) { Recovered = true, EarlierAttemptMayHaveBeenProcessed = true };
    }
}
