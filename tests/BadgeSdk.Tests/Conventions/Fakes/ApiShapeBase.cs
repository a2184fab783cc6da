namespace BadgeSdk.Tests.Conventions.Fakes;

/// <summary>A base type with abstract and virtual members, for <see cref="PublicApiListingTests"/>.</summary>
public abstract class ApiShapeBase
{
    public abstract string? Name { get; }

    public virtual int Size() => 0;

    public virtual void Reset()
    {
    }

    protected abstract Task<IReadOnlyList<string?>> LoadAsync(CancellationToken cancellationToken = default);
}
