using Microsoft.Extensions.Hosting;

namespace BadgeSdk.Testing;

/// <summary>
/// A host lifetime that listens to no signals. The default console lifetime would take Ctrl+C and
/// SIGTERM away from the program that embeds the emulator (it cancels the signal and only stops the
/// emulator), so that program would keep running; the emulator stops when it is disposed instead.
/// </summary>
internal sealed class DetachedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
