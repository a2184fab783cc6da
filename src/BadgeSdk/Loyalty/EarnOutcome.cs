namespace BadgeSdk.Loyalty;

/// <summary>What became of one customer in a bulk earn.</summary>
public enum EarnOutcome
{
    /// <summary>Earned: Capillary returned no error for the customer.</summary>
    Earned,

    /// <summary>Not earned, for the reason in <see cref="CustomerEarn.Error"/> or <see cref="CustomerEarn.ChunkError"/> (for example 1040).</summary>
    Failed,

    /// <summary>Unknown: the customer's chunk may have been processed but its answer was lost (or Capillary did not mention the customer). Re-read the customer's badges before retrying with a new request id.</summary>
    Unknown,

    /// <summary>Not sent: the call was cancelled before the customer's chunk started.</summary>
    NotSent,
}
