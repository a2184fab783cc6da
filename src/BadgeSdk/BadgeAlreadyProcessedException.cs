namespace BadgeSdk;

/// <summary>
/// An attempt of this call was lost after it may have reached the server, and the retry was
/// rejected as a repeat (a reused idempotency key, a reused Capillary <c>requestId</c> (809), a
/// duplicate name (725)). The rejection is the evidence that the lost attempt was processed.
/// </summary>
/// <remarks>
/// Do not send the work again under a new key or request id: read the current state instead (the
/// recipient's badges, the customers' enrolments). <see cref="BadgeApiException.IdempotencyKey"/>
/// or <see cref="BadgeApiException.RequestId"/> identifies the call.
/// </remarks>
public class BadgeAlreadyProcessedException : BadgeConflictException
{
    /// <summary>Initializes a new instance with a generic message.</summary>
    public BadgeAlreadyProcessedException()
        : base("An earlier attempt of this call was probably processed; its answer was lost.")
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What happened.</param>
    public BadgeAlreadyProcessedException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="innerException">The cause.</param>
    public BadgeAlreadyProcessedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
