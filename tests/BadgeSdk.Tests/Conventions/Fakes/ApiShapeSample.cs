using System.Diagnostics.CodeAnalysis;

namespace BadgeSdk.Tests.Conventions.Fakes;

/// <summary>One member of each kind the public API listing must show, for <see cref="PublicApiListingTests"/>.</summary>
[SuppressMessage("Design", "CA1051", Justification = "A public field is one of the shapes listed.")]
[SuppressMessage("Performance", "CA1822", Justification = "Instance members are one of the shapes listed.")]
[SuppressMessage("Design", "CA1003", Justification = "A plain Action event is one of the shapes listed.")]
public class ApiShapeSample : ApiShapeBase, IDisposable
{
    public const string Greeting = "hi \"there\"";

    public static readonly Uri Home = new("https://example.invalid/");

    public int Counter;

    public ApiShapeSample()
    {
    }

    protected ApiShapeSample(string? name) => Label = name;

    public event Action<string?>? Changed;

    public override string? Name => Label;

    public string? Label { get; init; }

    public required string Key { get; set; }

    public int Level { get; protected set; }

    public string this[int index] => index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Obsolete("Use Size.")]
    public int Length => 0;

    public sealed override int Size() => 1;

    public override void Reset() => Changed?.Invoke(null);

    public void Dispose() => GC.SuppressFinalize(this);

    public static bool TryRead(string text, out int value, ref int position, in DateTime when, params string[] rest)
    {
        value = position + when.Day + rest.Length + text.Length;
        return true;
    }

    public T Pick<T>(T first, ApiShapeOptions options = ApiShapeOptions.Safe, double ratio = 0.5, string? note = null)
        where T : class, IComparable<T>, new() => first;

    protected override Task<IReadOnlyList<string?>> LoadAsync(CancellationToken cancellationToken = default)
        => Task.FromResult<IReadOnlyList<string?>>([]);
}
