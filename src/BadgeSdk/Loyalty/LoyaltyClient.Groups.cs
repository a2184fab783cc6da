using System.Text.Json;
using BadgeSdk.Core.Http;
using BadgeSdk.Loyalty.Wire;

namespace BadgeSdk.Loyalty;

/// <summary>Badge groups: create (reconciled by the group's unique name), read, list, find by name, update.</summary>
public partial class LoyaltyClient
{
    private string UpdateGroupPath => (_definitionOptions?.UpdateBadgeGroupPath ?? LoyaltyClientOptions.DefaultUpdateBadgeGroupPath).Trim('/');

    /// <summary>
    /// Creates a badge group (<c>POST api_gateway/v1/badges/group</c>, body <c>{name, rank}</c>),
    /// reconciling an uncertain outcome instead of re-sending blindly: group names are unique and
    /// case-sensitive, so when an attempt fails in a way that may have reached Capillary (a timeout,
    /// a reset, a 500/502/504) the name is looked up in the group list: found, the group is returned
    /// with <see cref="CreateBadgeGroupResult.Recovered"/> set; not found, the create is sent once
    /// more. Failures that prove nothing was stored (a refused connection, 408, 429, 503) are
    /// retried as usual.
    /// </summary>
    /// <param name="request">The group.</param>
    /// <param name="cancellationToken">Cancels the call, backoff waits and the lookup included.</param>
    /// <returns>The group as Capillary stored it, with any warnings; <see cref="CreateBadgeGroupResult.Recovered"/> when an earlier attempt created it.</returns>
    /// <exception cref="BadgeValidationException">The name is blank (nothing was sent), or Capillary rejected the group.</exception>
    /// <exception cref="BadgeApiException">Capillary refused the group (its duplicate-name code is not documented, so a duplicate may surface as any <see cref="BadgeApiException"/>); or, with <see cref="BadgeApiException.MayHaveBeenProcessed"/> set, the outcome stayed unknown (the lookup or the resend failed too): look the name up with <see cref="FindBadgeGroupByNameAsync"/> before creating again.</exception>
    public virtual Task<CreateBadgeGroupResult> CreateBadgeGroupAsync(CreateBadgeGroupRequest request, CancellationToken cancellationToken = default)
    {
        BadgeGroupValidator.Validate(request);
        var call = new BadgeHttpRequest("CreateBadgeGroup", HttpMethod.Post, BadgeGroupMapper.GroupPath)
        {
            JsonBody = JsonSerializer.SerializeToUtf8Bytes(BadgeGroupMapper.ToWire(request.Name, request.Rank), LoyaltyJsonContext.Default.BadgeGroupBodyWire),

            // Names are unique: a blind resend cannot make a second group but would hide the first behind a refusal.
            Safety = RetrySafety.ReconciledByCaller,
        };
        var name = request.Name;
        return ReconcileCreateAsync(
            call,
            async (earlierMayHaveLanded, token) =>
            {
                var (data, warnings, earlier) = await SendAsync(call, LoyaltyJsonContext.Default.CapillaryEnvelopeBadgeGroupWire, token).ConfigureAwait(false);
                return call.Complete(new CreateBadgeGroupResult(BadgeGroupMapper.FromWire(data)) { Warnings = warnings, EarlierAttemptMayHaveBeenProcessed = earlier || earlierMayHaveLanded });
            },
            async token => await FindGroupAsync("CreateBadgeGroup", name, token).ConfigureAwait(false) is { } found
                ? new CreateBadgeGroupResult(found) { Recovered = true, EarlierAttemptMayHaveBeenProcessed = true }
                : null,

            // Capillary documents no duplicate-name code for groups, so any refusal of the resend may be our first group.
            static _ => true,
            cancellationToken);
    }

    /// <summary>Reads one badge group (<c>GET api_gateway/v1/badges/group/{groupId}</c>).</summary>
    /// <param name="groupId">The group's id.</param>
    /// <param name="cancellationToken">Cancels the call, backoff waits included.</param>
    /// <returns>The group.</returns>
    /// <exception cref="BadgeValidationException"><paramref name="groupId"/> is blank (nothing was sent).</exception>
    /// <exception cref="BadgeApiException">Capillary refused the read, for example for an unknown id (its answer for one is not documented).</exception>
    /// <remarks>The reference page also lists <c>order</c>, <c>size</c>, <c>page</c> and <c>status</c> query parameters, but its answer is the group alone, with nothing they could sort or page; they are not sent.</remarks>
    public virtual async Task<BadgeGroup> GetBadgeGroupAsync(string groupId, CancellationToken cancellationToken = default)
    {
        BadgeValidationException.ThrowIfBlank(groupId, nameof(groupId));
        var call = new BadgeHttpRequest("GetBadgeGroup", HttpMethod.Get, $"{BadgeGroupMapper.GroupPath}/{Uri.EscapeDataString(groupId)}");
        var (data, _, _) = await SendAsync(call, LoyaltyJsonContext.Default.CapillaryEnvelopeBadgeGroupWire, cancellationToken).ConfigureAwait(false);
        return BadgeGroupMapper.FromWire(data);
    }

    /// <summary>
    /// Lists every badge group, page after page (<c>GET api_gateway/v1/badges/group</c>, <c>page</c>
    /// from 0 and <c>size</c>), reading the next page only when the previous one is used up.
    /// </summary>
    /// <param name="request">The sort direction and page size.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The groups, in Capillary's order.</returns>
    /// <exception cref="BadgeValidationException"><see cref="ListBadgeGroupsRequest.PageSize"/> is below 1 (thrown here, before anything is sent).</exception>
    /// <exception cref="BadgeApiException">A page could not be read, or Capillary answered another page than the one asked for.</exception>
    public virtual IAsyncEnumerable<BadgeGroup> ListBadgeGroupsAsync(ListBadgeGroupsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckPaging(request.PageSize, 0);
        return ListGroupsAsync("ListBadgeGroups", request, cancellationToken);
    }

    /// <summary>Reads one page of the badge group list (<c>GET api_gateway/v1/badges/group</c>).</summary>
    /// <param name="request">The sort direction and page size.</param>
    /// <param name="page">The page, from 0.</param>
    /// <param name="cancellationToken">Cancels the call, backoff waits included.</param>
    /// <returns>The page's groups with <c>pagination</c> as Capillary sent it.</returns>
    /// <exception cref="BadgeValidationException"><paramref name="page"/> or the page size is invalid (nothing was sent).</exception>
    public virtual Task<ListBadgeGroupsResult> ListBadgeGroupsPageAsync(ListBadgeGroupsRequest request, int page = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckPaging(request.PageSize, page);
        return ReadGroupPageAsync("ListBadgeGroupsPage", request, page, cancellationToken);
    }

    /// <summary>
    /// Finds the badge group with exactly this name (names are unique and case-sensitive). The group
    /// list has no name filter, so every page is read until the name is found, compared ordinally.
    /// </summary>
    /// <param name="name">The exact name.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <returns>The group, or <see langword="null"/> when none has this name.</returns>
    /// <exception cref="BadgeValidationException"><paramref name="name"/> is blank (nothing was sent).</exception>
    public virtual Task<BadgeGroup?> FindBadgeGroupByNameAsync(string name, CancellationToken cancellationToken = default)
    {
        BadgeValidationException.ThrowIfBlank(name, nameof(name));
        return FindGroupAsync("FindBadgeGroupByName", name, cancellationToken);
    }

    /// <summary>
    /// Changes a badge group's name and rank (<c>PUT {UpdateBadgeGroupPath}/{groupId}</c>, body
    /// <c>{name, rank}</c>). The path is inferred: the update-badges-group reference page gives
    /// <c>PUT api_gateway/v1/badges/{groupid}</c>, Capillary's "APIs with additional timezone fields"
    /// page gives <c>/v1/badges/group/{groupId}</c>; the SDK sends the latter by default, the form
    /// every other group call takes, and <see cref="LoyaltyClientOptions.UpdateBadgeGroupPath"/>
    /// switches to the former.
    /// </summary>
    /// <param name="request">The group's id, name and rank.</param>
    /// <param name="cancellationToken">Cancels the call, backoff waits included.</param>
    /// <returns>The group as Capillary stored it, with any warnings.</returns>
    /// <exception cref="BadgeValidationException">The id or name is blank (nothing was sent), or Capillary rejected the change.</exception>
    /// <exception cref="BadgeApiException">Capillary refused the change (for example a name another group has, or an unknown id; neither answer is documented).</exception>
    public virtual async Task<UpdateBadgeGroupResult> UpdateBadgeGroupAsync(UpdateBadgeGroupRequest request, CancellationToken cancellationToken = default)
    {
        BadgeGroupValidator.Validate(request);
        var call = new BadgeHttpRequest("UpdateBadgeGroup", HttpMethod.Put, $"{UpdateGroupPath}/{Uri.EscapeDataString(request.GroupId)}")
        {
            JsonBody = JsonSerializer.SerializeToUtf8Bytes(BadgeGroupMapper.ToWire(request.Name, request.Rank), LoyaltyJsonContext.Default.BadgeGroupBodyWire),

            // Sets the group's name and rank by id: a repeat leaves the same group.
            Safety = RetrySafety.Idempotent,
        };
        var (data, warnings, _) = await SendAsync(call, LoyaltyJsonContext.Default.CapillaryEnvelopeBadgeGroupWire, cancellationToken).ConfigureAwait(false);
        return call.Complete(new UpdateBadgeGroupResult(BadgeGroupMapper.FromWire(data)) { Warnings = warnings });
    }

    /// <summary>The checks every paged list makes before anything is sent.</summary>
    private static void CheckPaging(int? pageSize, int page)
    {
        if (pageSize < 1)
        {
            throw BadgeValidationException.ForField("PageSize", "must be at least 1.");
        }

        if (page < 0)
        {
            throw BadgeValidationException.ForField(nameof(page), "must be 0 or more (pages count from 0).");
        }
    }

    private IAsyncEnumerable<BadgeGroup> ListGroupsAsync(string operation, ListBadgeGroupsRequest request, CancellationToken cancellationToken)
        => ReadAllPagesAsync((page, token) => ReadGroupPageAsync(operation, request, page, token), r => r.Groups, r => r.HasMore, cancellationToken);

    private async Task<ListBadgeGroupsResult> ReadGroupPageAsync(string operation, ListBadgeGroupsRequest request, int page, CancellationToken cancellationToken)
    {
        var call = new BadgeHttpRequest(operation, HttpMethod.Get, BadgeGroupMapper.ListGroupsPath(request, page));
        var (data, warnings, _) = await SendAsync(call, LoyaltyJsonContext.Default.CapillaryEnvelopeBadgeGroupListWire, cancellationToken).ConfigureAwait(false);
        ThrowIfOtherPage(operation, page, data.Pagination?.Page, "page", setting: null);
        return call.Complete(BadgeGroupMapper.FromWire(data, warnings));
    }

    private async Task<BadgeGroup?> FindGroupAsync(string operation, string name, CancellationToken cancellationToken)
    {
        await foreach (var group in ListGroupsAsync(operation, new ListBadgeGroupsRequest(), cancellationToken).ConfigureAwait(false))
        {
            if (string.Equals(group.Name, name, StringComparison.Ordinal))
            {
                return group;
            }
        }

        return null;
    }
}
