namespace BadgeSdk.Loyalty;

/// <summary>What became of one customer in a bulk enrolment.</summary>
public enum EnrolmentOutcome
{
    /// <summary>Enrolled: Capillary returned an issued id and no error.</summary>
    Enrolled,

    /// <summary>Not enrolled, for the reason in <see cref="CustomerEnrolment.Error"/> or <see cref="CustomerEnrolment.ChunkError"/> (for example 1040, already enrolled).</summary>
    Failed,

    /// <summary>Unknown: the customer's chunk may have been processed but its answer was lost (or Capillary did not mention the customer). Re-read the enrolments before retrying with a new request id.</summary>
    Unknown,

    /// <summary>Not sent: the call was cancelled before the customer's chunk started.</summary>
    NotSent,
}
