using BadgeSdk.Tests.Conventions.Fakes;

namespace BadgeSdk.Tests.Conventions;

/// <summary>The listing shows every part of a signature that a caller depends on.</summary>
public sealed class PublicApiListingTests
{
    [Fact]
    public void Lists_kinds_modifiers_nullability_defaults_constants_accessors_and_attributes()
    {
        var listing = PublicApiListing.Write(typeof(ApiShapeSample).Assembly.Location);

        var shapes = listing.Split('\n')
            .SkipWhile(l => !l.Contains("class BadgeSdk.Tests.Conventions.Fakes.ApiShapeBase", StringComparison.Ordinal))
            .TakeWhile(l => !l.StartsWith("public", StringComparison.Ordinal) || l.Contains(".Fakes.ApiShape", StringComparison.Ordinal));
        Assert.Equal(
            """
            public abstract class BadgeSdk.Tests.Conventions.Fakes.ApiShapeBase
                protected ApiShapeBase()
                public abstract string? Name { get; }
                protected abstract System.Threading.Tasks.Task<System.Collections.Generic.IReadOnlyList<string?>> LoadAsync(System.Threading.CancellationToken cancellationToken = default)
                public virtual void Reset()
                public virtual int Size()
            [Flags] public enum BadgeSdk.Tests.Conventions.Fakes.ApiShapeOptions : byte
                Fast = 1
                None = 0
                Safe = 2
            public class BadgeSdk.Tests.Conventions.Fakes.ApiShapeSample : BadgeSdk.Tests.Conventions.Fakes.ApiShapeBase, System.IDisposable
                protected ApiShapeSample(string? name)
                public ApiShapeSample()
                public int Counter
                public const string Greeting = "hi \"there\""
                public static readonly System.Uri Home
                public string this[int index] { get; }
                public required string Key { get; set; }
                public string? Label { get; init; }
                [Obsolete("Use Size.")] public int Length { get; }
                public int Level { get; protected set; }
                public override string? Name { get; }
                public event System.Action<string?>? Changed
                public void Dispose()
                protected override System.Threading.Tasks.Task<System.Collections.Generic.IReadOnlyList<string?>> LoadAsync(System.Threading.CancellationToken cancellationToken = default)
                public T Pick<T>(T first, BadgeSdk.Tests.Conventions.Fakes.ApiShapeOptions options = BadgeSdk.Tests.Conventions.Fakes.ApiShapeOptions.Safe, double ratio = 0.5, string? note = null) where T : class, System.IComparable<T>, new()
                public override void Reset()
                public sealed override int Size()
                public static bool TryRead(string text, out int value, ref int position, in System.DateTime when, params string[] rest)
            """,
            string.Join("\n", shapes));
    }
}
