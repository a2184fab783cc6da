namespace BadgeSdk.Loyalty;

/// <summary>Earned badges to import (Capillary <c>import/customerBadges</c>, a JSON array body).</summary>
public sealed class ImportEarnedBadgesRequest
{
    /// <summary>Initializes a request.</summary>
    /// <param name="badges">The earned badges, at least one.</param>
    public ImportEarnedBadgesRequest(IEnumerable<EarnedBadgeImport> badges)
        => Badges = badges?.ToList() ?? throw new ArgumentNullException(nameof(badges));

    /// <summary>Gets the earned badges.</summary>
    public IReadOnlyList<EarnedBadgeImport> Badges { get; }

    /// <summary>Gets or sets a value indicating whether to send <c>X-CAP-BADGES-MIGRATION: migration</c>, the header Capillary documents for historical badges (on create); set it when the earn dates lie in the past of badges created that way.</summary>
    public bool HistoricalImport { get; set; }
}
