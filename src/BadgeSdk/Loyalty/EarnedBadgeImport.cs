namespace BadgeSdk.Loyalty;

/// <summary>One earned badge to import (an element of the import body).</summary>
/// <param name="BadgeId">The badge definition's id (<c>badgeMetaId</c>); it must belong to your organisation (1054 otherwise).</param>
/// <param name="CustomerId">The customer's Capillary id.</param>
/// <param name="EarnedOn">When the customer earned it (<c>earnEventDate</c> in epoch seconds and <c>earnEventDateISO</c>).</param>
/// <param name="ExpiresOn">When the earned badge expires (<c>earnExpiresOn</c> in epoch seconds and <c>earnExpiresOnISO</c>).</param>
public sealed record EarnedBadgeImport(string BadgeId, long CustomerId, DateTimeOffset EarnedOn, DateTimeOffset ExpiresOn);
