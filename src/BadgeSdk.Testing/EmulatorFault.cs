namespace BadgeSdk.Testing;

/// <summary>What the emulator does instead of (or besides) answering a request.</summary>
public enum EmulatorFault
{
    /// <summary>Answer with a chosen HTTP status, without acting on the request.</summary>
    Status,

    /// <summary>Drop the connection before acting on the request (the request provably had no effect).</summary>
    ResetBeforeProcessing,

    /// <summary>Act on the request, then drop the connection before answering (the effect happened; the answer is lost).</summary>
    ResetAfterProcessing,

    /// <summary>
    /// Act on the request, then close the connection cleanly (a TCP FIN, not a reset) without writing
    /// a byte of the answer: the effect happened, and the client reads an empty response, as when a
    /// proxy or server gives up on a request it has already passed on.
    /// </summary>
    CloseAfterProcessing,
}
