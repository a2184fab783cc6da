namespace BadgeSdk.Tests.Reliability;

/// <summary>
/// What goes wrong on the way to or from the server: the rows of the fault matrix. "Once" means
/// the first attempt meets the fault and later attempts are answered normally; "Always" means
/// every attempt meets it. <see cref="FaultPlan"/> says how each is staged over real HTTP.
/// </summary>
public enum Fault
{
    RefusedOnce,
    RefusedAlways,
    ResetOnce,
    ResetAlways,
    ResetThen503,
    ResetThenKeyRejected,
    CleanCloseOnce,
    CleanCloseOnReusedConnection,
    CleanCloseOnReusedConnectionThenKeyRejected,
    BodyCutMidStreamOnce,
    Empty2xx,
    Truncated2xx,
    Html2xx,
    SlowOnce,
    Status500Once,
    Status500Always,
    Status502Once,
    Status503Once,
    Status503Always,
    Status504Once,
    Status429Once,
    Status429RetryAfterOnce,
    Status429RetryAfterOverCap,
    Redirect302,
    Redirect307,
    CancelAfterSend,
}
