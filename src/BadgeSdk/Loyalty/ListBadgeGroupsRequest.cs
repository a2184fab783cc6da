namespace BadgeSdk.Loyalty;

/// <summary>How to list badge groups (Capillary <c>GET group</c>); every setting left unset is not sent.</summary>
public sealed class ListBadgeGroupsRequest
{
    /// <summary>Gets or sets the sort direction (<c>order</c>: <c>ASC</c> or <c>DESC</c>).</summary>
    public ListOrder? Order { get; set; }

    /// <summary>Gets or sets how many groups one page holds (<c>size</c>); unset leaves Capillary's default.</summary>
    public int? PageSize { get; set; }
}
