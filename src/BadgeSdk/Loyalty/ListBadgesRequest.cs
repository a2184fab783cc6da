namespace BadgeSdk.Loyalty;

/// <summary>
/// Filters for the badge list (Capillary <c>GET badgeMeta</c>); every filter left unset is not
/// sent. The filter names and values are Capillary's documented ones; the paging parameters are
/// not documented for this call (see <see cref="LoyaltyClientOptions.ListBadgesPageParameterName"/>).
/// </summary>
public sealed class ListBadgesRequest
{
    /// <summary>Gets the states to keep (<c>status</c>, sent as a comma-separated list); empty for all.</summary>
    public IList<BadgeStatus> Status { get; } = [];

    /// <summary>Gets or sets how customers get the badge (<c>earnType</c>).</summary>
    public EarnType? EarnType { get; set; }

    /// <summary>Gets or sets the activation state (<c>action</c>).</summary>
    public BadgeAction? Action { get; set; }

    /// <summary>Gets or sets the owning module (<c>owner</c>).</summary>
    public OwnerType? Owner { get; set; }

    /// <summary>Gets or sets the claiming module (<c>claimedBy</c>).</summary>
    public OwnerType? ClaimedBy { get; set; }

    /// <summary>Gets or sets whether to keep only unclaimed (<see langword="true"/>) or only claimed (<see langword="false"/>) badges (<c>unclaimed</c>).</summary>
    public bool? Unclaimed { get; set; }

    /// <summary>
    /// Gets or sets the badge name to search for (<c>name</c>). Capillary does not document whether
    /// this matches exactly; use <see cref="LoyaltyClient.FindBadgeByNameAsync"/> for an exact match.
    /// </summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the badge type (<c>badgeType</c>; documented values <c>earn</c> and <c>issue_earn</c>, in lower case).</summary>
    public string? BadgeType { get; set; }

    /// <summary>Gets or sets the start-date filter (<c>startOn</c>, sent as ISO-8601 UTC as documented).</summary>
    public DateTimeOffset? StartOn { get; set; }

    /// <summary>Gets or sets the expiry-date filter (<c>expiresOn</c>, sent as ISO-8601 UTC as documented).</summary>
    public DateTimeOffset? ExpiresOn { get; set; }

    /// <summary>Gets or sets the sort field (<c>sortOn</c>).</summary>
    public BadgeSortField? SortOn { get; set; }

    /// <summary>
    /// Gets or sets how many badges one page holds; unset leaves Capillary's default (10). Sent
    /// under <see cref="LoyaltyClientOptions.ListBadgesPageSizeParameterName"/>.
    /// </summary>
    public int? PageSize { get; set; }
}
