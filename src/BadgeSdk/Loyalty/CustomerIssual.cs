namespace BadgeSdk.Loyalty;

/// <summary>One issue of a badge to a customer (<c>issualDetails.issuals[]</c>).</summary>
public sealed record CustomerIssual
{
    /// <summary>Gets the issue's id (<c>issueId</c>).</summary>
    public string? IssueId { get; init; }

    /// <summary>Gets when it was issued.</summary>
    public DateTimeOffset? IssuedOn { get; init; }

    /// <summary>Gets its status (<c>issuedStatus</c>, for example <c>REVOKED</c>).</summary>
    public string? IssuedStatus { get; init; }

    /// <summary>Gets when the issue expires.</summary>
    public DateTimeOffset? ExpiresOn { get; init; }

    /// <summary>Gets the module that issued it.</summary>
    public OwnerType? OwnerType { get; init; }

    /// <summary>Gets the module's reference id.</summary>
    public string? OwnerReferenceId { get; init; }

    /// <summary>Gets when it was revoked, if it was.</summary>
    public DateTimeOffset? RevokedOn { get; init; }

    /// <summary>Gets when the issuing event happened.</summary>
    public DateTimeOffset? IssueEventDate { get; init; }
}
