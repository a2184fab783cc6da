namespace BadgeSdk.Tests.Infrastructure;

/// <summary>
/// A stream over memory whose reads and writes, from the <c>asyncFrom</c>-th call on, complete
/// later on the thread pool, as a network stream's do; earlier calls complete at once.
/// </summary>
internal sealed class YieldingStream(byte[] content, int asyncFrom = 1) : Stream
{
    private readonly MemoryStream _inner = new(content.Length);
    private int _position;
    private int _calls;

    public YieldingStream(int asyncFrom = 1)
        : this([], asyncFrom)
    {
    }

    /// <summary>Gets what was written.</summary>
    public byte[] Written => _inner.ToArray();

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await YieldIfDueAsync(cancellationToken).ConfigureAwait(false);
        return Read(buffer.Span);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await YieldIfDueAsync(cancellationToken).ConfigureAwait(false);
        _inner.Write(buffer.Span);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var count = Math.Min(buffer.Length, content.Length - _position);
        content.AsSpan(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override void Write(byte[] buffer, int offset, int count) => _inner.Write(buffer, offset, count);

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private Task YieldIfDueAsync(CancellationToken cancellationToken)
        => Interlocked.Increment(ref _calls) >= asyncFrom ? Task.Delay(1, cancellationToken) : Task.CompletedTask;
}
