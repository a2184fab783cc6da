using System.Text.Json.Nodes;

namespace BadgeSdk.Tests.Reliability;

/// <summary>
/// How one fault is staged over real HTTP: the WireMock answers in order (the last one repeats),
/// refused connections on the client side, a warm-up call that leaves a pooled connection to reuse,
/// and the client settings the fault needs.
/// </summary>
internal sealed class FaultPlan
{
    /// <summary>
    /// The attempt timeout of a row that makes the server slower than it: short enough to keep the
    /// row fast, long enough that a loaded machine's normal answer never trips it (a spurious third
    /// attempt would break the row's count).
    /// </summary>
    public static readonly TimeSpan ShortAttemptTimeout = TimeSpan.FromMilliseconds(1000);

    private FaultPlan(params Step[] steps) => Steps = steps;

    /// <summary>Gets what the server does with each request in turn; the last step repeats.</summary>
    public IReadOnlyList<Step> Steps { get; }

    /// <summary>Gets how many attempts are sent to a closed port first (a real refused connection).</summary>
    public int Refusals { get; private init; }

    /// <summary>Gets a value indicating whether a successful call on the same client comes first, so the call under test reuses its connection.</summary>
    public bool WarmUp { get; private init; }

    /// <summary>Gets a value indicating whether the caller cancels once the server has the request.</summary>
    public bool CancelAfterSend { get; private init; }

    public TimeSpan? AttemptTimeout { get; private init; }

    public static FaultPlan For(Fault fault) => fault switch
    {
        Fault.RefusedOnce => new(Step.Success) { Refusals = 1 },
        Fault.RefusedAlways => new(Step.Success) { Refusals = int.MaxValue },
        Fault.ResetOnce => new(Step.Reset, Step.Success),
        Fault.ResetAlways => new(Step.Reset),
        Fault.ResetThen503 => new(Step.Reset, Step.Status(503)),
        Fault.ResetThenKeyRejected => new(Step.Reset, Step.KeyRejected),
        Fault.CleanCloseOnce => new(Step.CleanClose, Step.Success),
        Fault.CleanCloseOnReusedConnection => new(Step.Success, Step.CleanClose, Step.Success) { WarmUp = true },
        Fault.CleanCloseOnReusedConnectionThenKeyRejected => new(Step.Success, Step.CleanClose, Step.KeyRejected) { WarmUp = true },
        Fault.BodyCutMidStreamOnce => new(Step.Fixed("""{"fault":"MALFORMED_RESPONSE_CHUNK"}"""), Step.Success),
        Fault.Empty2xx => new(Step.Fixed("""{"status":200,"headers":{"Content-Type":"application/json"},"body":""}""")),
        Fault.Truncated2xx => new(Step.Truncated),
        Fault.Html2xx => new(Step.Fixed("""{"status":200,"headers":{"Content-Type":"text/html; charset=utf-8"},"body":"<!doctype html><html><body><h1>OK</h1></body></html>"}""")),
        Fault.SlowOnce => new(Step.Slow(4000), Step.Success) { AttemptTimeout = ShortAttemptTimeout },
        Fault.Status500Once => new(Step.Status(500), Step.Success),
        Fault.Status500Always => new(Step.Status(500)),
        Fault.Status502Once => new(Step.Status(502), Step.Success),
        Fault.Status503Once => new(Step.Status(503), Step.Success),
        Fault.Status503Always => new(Step.Status(503)),
        Fault.Status504Once => new(Step.Status(504), Step.Success),
        Fault.Status429Once => new(Step.Status(429), Step.Success),

        // Zero keeps the row fast; that a longer Retry-After is waited out is ResilienceContractTests' job.
        Fault.Status429RetryAfterOnce => new(Step.Fixed("""{"status":429,"headers":{"Retry-After":"0"}}"""), Step.Success),
        Fault.Status429RetryAfterOverCap => new(Step.Fixed("""{"status":429,"headers":{"Retry-After":"3600"}}""")),
        Fault.Redirect302 => new(Step.Redirect(302)),
        Fault.Redirect307 => new(Step.Redirect(307)),

        // Long enough that only the caller's cancellation can end the call.
        Fault.CancelAfterSend => new(Step.Slow(10_000)) { CancelAfterSend = true },
        _ => throw new ArgumentOutOfRangeException(nameof(fault), fault, null),
    };

    /// <summary>One WireMock answer, made concrete for a write and a redirect target.</summary>
    internal sealed class Step
    {
        private readonly Func<WriteCall, Uri, JsonNode?> _build;

        private Step(Func<WriteCall, Uri, JsonNode?> build) => _build = build;

        public static Step Success { get; } = new((w, _) => Answer(w.SuccessStatus, w.SuccessBody));

        public static Step Reset { get; } = Fixed("""{"fault":"CONNECTION_RESET_BY_PEER"}""");

        public static Step CleanClose { get; } = Fixed("""{"fault":"EMPTY_RESPONSE"}""");

        /// <summary>Gets the answer to a repeat (a reused key or request id, a duplicate name); a write without one never reaches this step.</summary>
        public static Step KeyRejected { get; } = new((w, _) => w.KeyRejection is { } body ? Answer(w.Write is Write.CreateBadge or Write.IssueBulk ? 400 : 409, body) : null);

        /// <summary>Gets the successful answer cut to two thirds: a complete HTTP response whose JSON ends early.</summary>
        public static Step Truncated { get; } = new((w, _) => Answer(w.SuccessStatus, w.SuccessBody[..(w.SuccessBody.Length * 2 / 3)]));

        public static Step Fixed(string json) => new((_, _) => JsonNode.Parse(json));

        public static Step Status(int status) => Fixed($$"""{"status":{{status}}}""");

        public static Step Slow(int milliseconds) => new((w, _) =>
        {
            var answer = Answer(w.SuccessStatus, w.SuccessBody);
            answer["fixedDelayMilliseconds"] = milliseconds;
            return answer;
        });

        public static Step Redirect(int status) => new((_, target) => new JsonObject
        {
            ["status"] = status,
            ["headers"] = new JsonObject { ["Location"] = new Uri(target, "steal?from=matrix").AbsoluteUri },
        });

        /// <summary>Builds the WireMock response; <see langword="null"/> when the step does not apply to the write.</summary>
        public JsonNode? Build(WriteCall write, Uri redirectTarget) => _build(write, redirectTarget);

        private static JsonObject Answer(int status, string body) => new()
        {
            ["status"] = status,
            ["headers"] = new JsonObject { ["Content-Type"] = "application/json" },
            ["body"] = body,
        };
    }
}
