using System.Net;
using System.Net.Sockets;
using BadgeSdk.Issuance;
using BadgeSdk.Loyalty;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Reliability;

/// <summary>
/// Every write against every fault over real HTTP (WireMock), one row per cell of
/// <see cref="FaultMatrix"/>: the journal shows the attempts the policy allows, each with the same
/// key, body and credentials, nothing at a redirect's target; the caller gets the row's outcome and
/// is told "may have been processed" exactly when the write may have happened.
/// </summary>
[Collection(WireMockGroup.Name)]
[Trait("Category", "Contract")]
public sealed class FaultMatrixTests(WireMockServer wireMock)
{
    private static readonly TimeSpan CallBound = TimeSpan.FromSeconds(30);

    public static TheoryData<Write, Fault> Cells
    {
        get
        {
            var cells = new TheoryData<Write, Fault>();
            foreach (var row in FaultMatrix.Rows)
            {
                cells.Add(row.Write, row.Fault);
            }

            return cells;
        }
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task A_write_meeting_a_fault_ends_as_the_matrix_says(Write write, Fault fault)
    {
        var expected = FaultMatrix.Find(write, fault);
        var call = WriteCall.For(write);
        var plan = FaultPlan.For(fault);
        var prefix = $"/t/{Guid.NewGuid():N}/";
        using var redirectTarget = new TcpListener(IPAddress.Loopback, 0);
        redirectTarget.Start();
        await StubAsync(prefix + call.Path, call, plan, new Uri($"http://127.0.0.1:{((IPEndPoint)redirectTarget.LocalEndpoint).Port}/"));

        using var refusing = plan.Refusals > 0 ? new RefusingHandler(plan.Refusals) : null;
        using var client = call.CreateClient(new Uri(wireMock.BaseUri, prefix), refusing, options => Configure(options, plan));
        if (plan.WarmUp)
        {
            // Leaves a pooled connection for the call under test; its requests carry another mark.
            await call.InvokeAsync(client, Mark(), default);
        }

        var mark = Mark();
        var (result, error) = await RunAsync(call, client, mark, plan, prefix);

        // Attempts of the write itself; a reconciling client's look-up (GET) is not an attempt.
        var journal = (await wireMock.RequestsAsync(prefix)).Where(r => r.Url.Contains(mark, StringComparison.Ordinal) || r.Body.Contains(mark, StringComparison.Ordinal)).Where(r => r.Method == call.Method).ToList();
        Assert.True(expected.Requests == journal.Count, $"{write} × {fault}: expected {expected.Requests} request(s) at the server, the journal has {journal.Count}.");
        AssertAttemptsAreTheSameRequest(call, mark, journal);
        Assert.False(redirectTarget.Pending(), $"{write} × {fault}: a request reached the redirect's target.");
        AssertOutcome(expected, call, mark, result, error);
    }

    private static string Mark() => $"mx{Guid.NewGuid():N}";

    private static void Configure(BadgeClientOptions options, FaultPlan plan)
    {
        options.Retry.MaxRetries = FaultMatrix.MaxRetries;
        options.Retry.BaseDelay = TimeSpan.FromMilliseconds(2);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(10);
        if (plan.AttemptTimeout is { } timeout)
        {
            options.AttemptTimeout = timeout;
        }
    }

    private static void AssertAttemptsAreTheSameRequest(WriteCall call, string mark, List<RecordedRequest> journal)
    {
        foreach (var request in journal)
        {
            Assert.Equal(call.Method, request.Method);
            Assert.Equal(journal[0].Url, request.Url);
            Assert.Equal(journal[0].Body, request.Body);
            Assert.False(string.IsNullOrEmpty(request.Header("Authorization")), "an attempt went without credentials");
            Assert.Equal(journal[0].Header("Authorization"), request.Header("Authorization"));
            if (call.Keyed)
            {
                Assert.Equal(mark, call.Identity(request));
            }
        }
    }

    private static void AssertOutcome(Expected expected, WriteCall call, string mark, object? result, Exception? error)
    {
        var cell = $"{expected.Write} × {expected.Fault}";
        if (expected.Throws)
        {
            Assert.True(error is not null, $"{cell}: expected {expected.Outcome.Name}, got the result {result}.");
            Assert.True(error.GetType() == expected.Outcome, $"{cell}: expected {expected.Outcome.Name}, got {error}");
            var (flag, key, requestId) = error switch
            {
                BadgeApiException api => (api.MayHaveBeenProcessed, api.IdempotencyKey, api.RequestId),
                BadgeOperationCanceledException cancelled => (cancelled.MayHaveBeenProcessed, cancelled.IdempotencyKey, cancelled.RequestId),
                _ => throw new InvalidOperationException($"{cell}: {error.GetType().Name} is not an SDK outcome."),
            };
            Assert.True(expected.MayHaveBeenProcessed == flag, $"{cell}: MayHaveBeenProcessed is {flag}, the matrix says {expected.MayHaveBeenProcessed}: {error.Message}");
            if (call.Keyed)
            {
                Assert.Equal(mark, expected.Write == Write.IssueBulk ? requestId : key);
            }

            // The message says it too, and only then.
            if (flag && call.Keyed)
            {
                Assert.Contains(mark, error.Message, StringComparison.Ordinal);
            }
            else if (!flag)
            {
                Assert.DoesNotContain("may have been processed", error.Message, StringComparison.OrdinalIgnoreCase);
            }

            return;
        }

        Assert.True(error is null, $"{cell}: expected {expected.Outcome.Name}, got {error}");
        Assert.IsType(expected.Outcome, result);
        switch (result)
        {
            case CreateBadgeResult created:
                Assert.True(expected.MayHaveBeenProcessed == created.EarlierAttemptMayHaveBeenProcessed, $"{cell}: EarlierAttemptMayHaveBeenProcessed is {created.EarlierAttemptMayHaveBeenProcessed}.");
                break;
            case IssueBulkResult bulk:
                Assert.Equal(mark, bulk.RequestId);
                Assert.All(bulk.Customers, c => Assert.Equal(expected.MayHaveBeenProcessed == true ? EnrolmentOutcome.Unknown : EnrolmentOutcome.Enrolled, c.Outcome));
                if (expected.MayHaveBeenProcessed == true)
                {
                    // An unknown customer carries the chunk's outcome, which says so with the request id.
                    Assert.All(bulk.Customers, c => Assert.Equal(mark, Assert.IsType<BadgeOperationCanceledException>(c.ChunkError).RequestId));
                }

                break;
            case IssueBadgeResult issued:
                Assert.Equal(mark, issued.IdempotencyKey.Value);
                break;
        }
    }

    private async Task<(object? Result, Exception? Error)> RunAsync(WriteCall call, BadgeClient client, string mark, FaultPlan plan, string prefix)
    {
        using var cancel = new CancellationTokenSource();
        var running = call.InvokeAsync(client, mark, cancel.Token);
        if (plan.CancelAfterSend)
        {
            await WaitUntilArrivedAsync(prefix, mark);
            await cancel.CancelAsync();
        }

        try
        {
            return (await running.WaitAsync(CallBound), null);
        }
        catch (TimeoutException) when (!running.IsCompleted)
        {
            throw new TimeoutException($"{call.Write} did not finish within {CallBound.TotalSeconds} s.");
        }
        catch (Exception error)
        {
            return (null, error);
        }
    }

    private async Task WaitUntilArrivedAsync(string prefix, string mark)
    {
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromSeconds(10); waited += TimeSpan.FromMilliseconds(20))
        {
            if ((await wireMock.RequestsAsync(prefix)).Any(r => r.Url.Contains(mark, StringComparison.Ordinal) || r.Body.Contains(mark, StringComparison.Ordinal)))
            {
                return;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("The request never reached WireMock.");
    }

    private async Task StubAsync(string path, WriteCall call, FaultPlan plan, Uri redirectTarget)
    {
        var steps = plan.Steps
            .Select(step => step.Build(call, redirectTarget) ?? throw new InvalidOperationException($"{call.Write} has no answer for a step of this fault; the matrix should say n/a."))
            .ToList();
        if (call.Write == Write.CreateBadge)
        {
            // The reconciling client looks the name up after a possibly processed failure; this stub
            // says "not there", so the matrix sees the create resent exactly once by the client.
            await wireMock.StubAsync(Mapping.Of("GET", path, """{"status":200,"jsonBody":{"data":{"metaBasicDetails":[],"pagination":{"page":0,"size":100,"total":0}},"errors":[],"warnings":[]}}"""));
        }

        if (steps.Count == 1)
        {
            await wireMock.StubAsync(Mapping.Of(call.Method, path, steps[0].ToJsonString()));
            return;
        }

        // A WireMock scenario walks the steps in order; the last one answers every later request.
        var scenario = "s-" + Guid.NewGuid().ToString("N");
        for (var i = 0; i < steps.Count; i++)
        {
            await wireMock.StubAsync(Mapping.Of(call.Method, path, steps[i].ToJsonString(), scenario, i == 0 ? "Started" : $"step-{i}", i < steps.Count - 1 ? $"step-{i + 1}" : null));
        }
    }
}
