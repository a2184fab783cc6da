namespace BadgeSdk.Tests.Reliability;

/// <summary>One cell of the fault matrix: what the caller must get when a write meets a fault.</summary>
/// <param name="Write">The SDK method.</param>
/// <param name="Fault">The fault.</param>
/// <param name="Requests">How many requests reach the server (the WireMock journal), as the retry policy says.</param>
/// <param name="Outcome">The result type, or the exception type thrown.</param>
/// <param name="MayHaveBeenProcessed">
/// For an exception, <c>MayHaveBeenProcessed</c>; for <c>CreateBadgeResult</c>,
/// <c>EarlierAttemptMayHaveBeenProcessed</c>; for <c>IssueBulkResult</c>, whether every customer is
/// <c>Unknown</c> (otherwise every one is <c>Enrolled</c>); <see langword="null"/> for results that carry no such fact.
/// </param>
public sealed record Expected(Write Write, Fault Fault, int Requests, Type Outcome, bool? MayHaveBeenProcessed)
{
    public bool Throws => typeof(Exception).IsAssignableFrom(Outcome);
}
