namespace BadgeSdk.Passes;

/// <summary>Why a webhook delivery was refused.</summary>
public enum WebhookVerificationFailure
{
    /// <summary>A signature header is missing or empty.</summary>
    MissingHeader,

    /// <summary><c>webhook-timestamp</c> is not a Unix time in seconds.</summary>
    InvalidTimestamp,

    /// <summary>The timestamp is further from now than the tolerance (a replay, or a clock problem).</summary>
    TimestampOutOfTolerance,

    /// <summary><c>webhook-signature</c> holds no <c>v1,&lt;base64&gt;</c> entry.</summary>
    MalformedSignature,

    /// <summary>No signature matches the body: it was changed, or signed with another secret.</summary>
    SignatureMismatch,

    /// <summary>The body is not the JSON event it should be.</summary>
    InvalidPayload,
}
