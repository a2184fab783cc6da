namespace BadgeSdk.Core.Http;

/// <summary>Whether an operation may be sent again after an attempt that may have reached the server.</summary>
internal enum RetrySafety
{
    /// <summary>A read, an upsert, or a write that carries a key the SDK holds fixed across attempts.</summary>
    Idempotent,

    /// <summary>A write that could take effect twice; retried only when the connection was refused.</summary>
    NotIdempotent,

    /// <summary>
    /// A write its client reconciles itself (Capillary's create: look the name up, then resend).
    /// Retried only after a failure that proves the attempt was not processed (a refused
    /// connection, 408, 429, 503); a timeout, a reset or a 500/502/504 is handed back at once, so
    /// the client can look before it sends again instead of the pipeline re-sending blindly.
    /// </summary>
    ReconciledByCaller,
}
