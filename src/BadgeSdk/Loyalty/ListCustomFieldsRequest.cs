namespace BadgeSdk.Loyalty;

/// <summary>Filters and sorting for the badge custom field list (Capillary <c>GET customField</c>); every setting left unset is not sent.</summary>
public sealed class ListCustomFieldsRequest
{
    /// <summary>Gets or sets whether to keep only active (<see langword="true"/>) or only inactive (<see langword="false"/>) fields (<c>isActive</c>).</summary>
    public bool? IsActive { get; set; }

    /// <summary>Gets or sets the sort field (<c>sortOn</c>; documented value <c>LAST_UPDATED_DATE</c>).</summary>
    public CustomFieldSortField? SortOn { get; set; }

    /// <summary>Gets or sets the sort direction (<c>order</c>: <c>ASC</c> or <c>DESC</c>).</summary>
    public ListOrder? Order { get; set; }

    /// <summary>Gets or sets how many fields one page holds (<c>size</c>); unset leaves Capillary's default (10 in its example).</summary>
    public int? PageSize { get; set; }
}
