using System.Diagnostics.CodeAnalysis;

namespace BadgeSdk.Tests.Conventions.Fakes;

/// <summary>A client that breaks the async-method convention in every way, to prove the rule notices.</summary>
[SuppressMessage("Design", "CA1068", Justification = "Breaking the CancellationToken rule is this fake's purpose.")]
public class FakeClient : BadgeClient
{
    private readonly int _count = 1;

    public Task<int> Count() => Task.FromResult(_count);

    public virtual IAsyncEnumerable<int> ListAsync(CancellationToken cancellationToken) => AsyncEnumerable.Empty<int>();

    public virtual ValueTask SaveAsync(CancellationToken cancellationToken, int value) => ValueTask.CompletedTask;

    public virtual Task RefreshAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public int Synchronous() => _count;
}
