namespace BadgeSdk.Loyalty;

/// <summary>One customer's outcome in a bulk enrolment.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Outcome">What became of the customer.</param>
/// <param name="RequestId">The request id of the customer's chunk.</param>
public sealed record CustomerEnrolment(long CustomerId, EnrolmentOutcome Outcome, string RequestId)
{
    /// <summary>Gets the id of the issued badge (<c>issuedId</c>), when Capillary returned one.</summary>
    public string? IssuedId { get; init; }

    /// <summary>Gets the issued badge's status, when Capillary returned one.</summary>
    public BadgeStatus? Status { get; init; }

    /// <summary>Gets the customer's own error (<c>issuedBadges[].error</c>), for example 1040.</summary>
    public BadgeError? Error { get; init; }

    /// <summary>
    /// Gets why the customer's whole chunk failed, was lost or was cancelled, when it did: a
    /// <see cref="BadgeApiException"/>, or a <see cref="BadgeOperationCanceledException"/> when the
    /// caller cancelled. Its <c>MayHaveBeenProcessed</c> decides between <see cref="EnrolmentOutcome.Unknown"/> and the others.
    /// </summary>
    public Exception? ChunkError { get; init; }

    /// <summary>Gets a value indicating whether Capillary said the customer already had an active issue (1040).</summary>
    public bool IsAlreadyEnrolled => Error?.Code == 1040;
}
