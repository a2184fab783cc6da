namespace BadgeSdk.Core.Http;

/// <summary>
/// What happened to the attempts of one call, kept so that a rejection on a retry can be told
/// apart from a plain rejection: "key already used" after a lost response means "probably done".
/// </summary>
internal sealed class AttemptLog
{
    private int _attempts;
    private int _ambiguous;
    private int _sent;

    /// <summary>Gets how many attempts were sent.</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    /// <summary>Gets a value indicating whether an earlier attempt failed in a way that leaves open whether the server acted on it.</summary>
    public bool EarlierAttemptMayHaveBeenProcessed => Volatile.Read(ref _ambiguous) != 0;

    public void AttemptStarted() => Interlocked.Increment(ref _attempts);

    /// <summary>Gets a value indicating whether any attempt was handed to the network (authenticated and on its way).</summary>
    public bool AnySent => Volatile.Read(ref _sent) != 0;

    /// <summary>Records that an attempt left the SDK's handlers for the network.</summary>
    public void RequestSent() => Volatile.Write(ref _sent, 1);

    public void MarkAmbiguous() => Volatile.Write(ref _ambiguous, 1);
}
