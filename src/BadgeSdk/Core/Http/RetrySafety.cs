namespace BadgeSdk.Core.Http;

/// <summary>Whether an operation may be sent again after an attempt that may have reached the server.</summary>
internal enum RetrySafety
{
    /// <summary>A read, an upsert, or a write that carries a key the SDK holds fixed across attempts.</summary>
    Idempotent,

    /// <summary>A write that could take effect twice; retried only when the connection was refused.</summary>
    NotIdempotent,
}
