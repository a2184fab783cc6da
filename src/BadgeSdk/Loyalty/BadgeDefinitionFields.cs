namespace BadgeSdk.Loyalty;

/// <summary>
/// The fields of a badge definition that <see cref="CreateBadgeRequest"/> and
/// <see cref="UpdateBadgeRequest"/> both send: Capillary's create and update take the same body
/// (update adds <c>id</c>), so both are checked and mapped by the same code.
/// </summary>
/// <remarks>
/// Dates are sent twice, as Capillary recommends: in the <c>*ISO</c> fields (UTC, which override
/// the numeric ones) and as epoch seconds in <c>startOn</c>/<c>expiresOn</c> (the docs say
/// milliseconds but every example sends seconds).
/// </remarks>
public abstract class BadgeDefinitionFields
{
    /// <summary>Initializes the required fields.</summary>
    /// <param name="name">The badge's name: unique in the organisation, case-sensitive (Capillary error 725).</param>
    /// <param name="startOn">When the badge starts.</param>
    /// <param name="expiresOn">When the badge ends; after <paramref name="startOn"/>.</param>
    private protected BadgeDefinitionFields(string name, DateTimeOffset startOn, DateTimeOffset expiresOn)
    {
        Name = name;
        StartOn = startOn;
        ExpiresOn = expiresOn;
    }

    /// <summary>Gets the badge's name.</summary>
    public string Name { get; }

    /// <summary>Gets when the badge starts.</summary>
    public DateTimeOffset StartOn { get; }

    /// <summary>Gets when the badge ends.</summary>
    public DateTimeOffset ExpiresOn { get; }

    /// <summary>Gets or sets a description.</summary>
    public string? Description { get; set; }

    /// <summary>Gets or sets when earned badges expire. Required. Default <see cref="BadgeExpiry.WithBadgeMeta"/>.</summary>
    public BadgeExpiry EarnedBadgeExpiry { get; set; } = BadgeExpiry.WithBadgeMeta();

    /// <summary>Gets or sets when issued badges expire.</summary>
    public BadgeExpiry? IssuedBadgeExpiry { get; set; }

    /// <summary>Gets which modules own the badge; at least one owner is required.</summary>
    public BadgeOwnership Ownership { get; } = new();

    /// <summary>Gets the limits per customer (for <see cref="EarnType.Earn"/>).</summary>
    public IList<CustomerConstraint> CustomerConstraints { get; } = [];

    /// <summary>Gets the limits across customers.</summary>
    public IList<BadgeConstraint> BadgeConstraints { get; } = [];

    /// <summary>Gets or sets how customers get the badge. Default <see cref="EarnType.Earn"/>.</summary>
    public EarnType EarnType { get; set; } = EarnType.Earn;

    /// <summary>Gets the rewards attached to the badge.</summary>
    public IList<BadgeBenefit> Benefits { get; } = [];

    /// <summary>Gets the tags.</summary>
    public IList<BadgeTag> Tags { get; } = [];

    /// <summary>Gets or sets a value indicating whether the badge is active. Default <see langword="true"/>.</summary>
    public bool Active { get; set; } = true;

    /// <summary>Gets the organisation's custom fields, by name.</summary>
    public IDictionary<string, string> CustomFields { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Gets or sets the badge group to add the badge to.</summary>
    public string? BadgeGroupId { get; set; }

    /// <summary>Gets or sets the badge's rank within its group.</summary>
    public int? BadgeRank { get; set; }

    /// <summary>Gets the images (earned and unearned).</summary>
    public IList<BadgeImageLink> Images { get; } = [];
}
