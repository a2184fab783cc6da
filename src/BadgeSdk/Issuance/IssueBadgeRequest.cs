namespace BadgeSdk.Issuance;

/// <summary>A badge to issue to one recipient (IssueBadge <c>issue/create</c>).</summary>
public sealed class IssueBadgeRequest
{
    /// <summary>Initializes a request with the two required fields.</summary>
    /// <param name="badgeId">The badge template id (<c>badge_id</c>).</param>
    /// <param name="name">The recipient's full name.</param>
    public IssueBadgeRequest(string badgeId, string name)
    {
        BadgeId = badgeId;
        Name = name;
    }

    /// <summary>Gets the badge template id (<c>badge_id</c>).</summary>
    public string BadgeId { get; }

    /// <summary>Gets the recipient's full name.</summary>
    public string Name { get; }

    /// <summary>Gets or sets the recipient's email; IssueBadge emails the certificate there, and an email cannot be recalled.</summary>
    /// <remarks>
    /// A bare address only (<c>name@example.com</c>): no display name (<c>Ada &lt;ada@example.com&gt;</c>),
    /// spaces or comments, a dot in the domain, at most 254 characters. Anything else is a
    /// <see cref="BadgeValidationException"/> before sending.
    /// </remarks>
    public string? Email { get; set; }

    /// <summary>Gets or sets the recipient's phone number, sent exactly as given.</summary>
    /// <remarks>
    /// 7 to 15 digits with an optional leading <c>+</c> (E.164 allows 15), which may be grouped
    /// with spaces, hyphens, dots or parentheses (<c>+44 20 7946 0958</c>, <c>+1 (555) 010-9999</c>).
    /// Letters, extensions or a second number are a <see cref="BadgeValidationException"/> before sending.
    /// </remarks>
    public string? Phone { get; set; }

    /// <summary>
    /// Gets or sets the expiry date, sent as <c>YYYY-MM-DD</c>. Leave it unset to let the badge
    /// template's own expiry settings apply (for example "2 years duration"); set it to override them.
    /// </summary>
    public DateOnly? ExpireDate { get; set; }

    /// <summary>
    /// Gets or sets the idempotency key. When unset, the SDK generates one for this call and
    /// returns it on the result (and on any exception). IssueBadge <em>rejects</em> a reused key
    /// instead of replaying the first answer, so for work that may be rerun (a batch restarted
    /// after a crash) pass a deterministic key such as
    /// <c>IdempotencyKey.FromParts(badgeId, email)</c>: the rerun is then rejected instead of
    /// issuing a second badge.
    /// </summary>
    public IdempotencyKey? IdempotencyKey { get; set; }

    /// <summary>Gets the custom fields defined on the badge template (<c>metadata</c>).</summary>
    public CustomFieldCollection Metadata { get; } = [];
}
