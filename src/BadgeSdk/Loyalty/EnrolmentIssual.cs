namespace BadgeSdk.Loyalty;

/// <summary>One issue of a badge to a customer (<c>revokeIssuals[]</c>: <c>{customerId, issueId}</c>).</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="IssueId">The issue's id (<c>issueId</c>, the <c>issuedId</c> an enrolment returned).</param>
public sealed record EnrolmentIssual(long CustomerId, string IssueId);
