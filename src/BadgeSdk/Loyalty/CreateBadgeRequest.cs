namespace BadgeSdk.Loyalty;

/// <summary>A new badge definition (Capillary <c>POST badgeMeta</c>).</summary>
/// <remarks>
/// Dates are sent twice, as Capillary recommends: in the <c>*ISO</c> fields (UTC, which override
/// the numeric ones) and as epoch seconds in <c>startOn</c>/<c>expiresOn</c> (the docs say
/// milliseconds but every example sends seconds).
/// </remarks>
public sealed class CreateBadgeRequest : BadgeDefinitionFields
{
    /// <summary>Initializes a request with the required fields.</summary>
    /// <param name="name">The badge's name: unique in the organisation, case-sensitive (Capillary error 725).</param>
    /// <param name="startOn">When the badge starts; not in the past unless <see cref="HistoricalImport"/> is set.</param>
    /// <param name="expiresOn">When the badge ends; after <paramref name="startOn"/>.</param>
    public CreateBadgeRequest(string name, DateTimeOffset startOn, DateTimeOffset expiresOn)
        : base(name, startOn, expiresOn)
    {
    }

    /// <summary>
    /// Gets or sets a value indicating whether this is a historical import: sends
    /// <c>X-CAP-BADGES-MIGRATION: migration</c>, which lets <see cref="BadgeDefinitionFields.StartOn"/> be in the past.
    /// </summary>
    public bool HistoricalImport { get; set; }
}
