using System.Collections.Concurrent;
using System.Text.Json.Serialization.Metadata;

namespace BadgeSdk.Core.Http;

/// <summary>
/// What the drift walk needs about one object type's members (name, timestamp or not, known enum
/// values, nested metadata), worked out once per type: the walk then costs a lookup per member.
/// </summary>
internal sealed class DriftShape
{
    private static readonly ConcurrentDictionary<(JsonTypeInfo Type, ResponseDialect Dialect), DriftShape> Shapes = new();

    private readonly DriftMember[] _members;
    private readonly StringComparison _comparison;
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, DriftMember>.AlternateLookup<ReadOnlySpan<char>> _byName;
#endif

    private DriftShape(JsonTypeInfo type, ResponseDialect dialect)
    {
        _members = type.Properties.Select(p => new DriftMember(p, type.Type, dialect)).ToArray();
        _comparison = type.Options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
#if NET9_0_OR_GREATER
        var byName = new Dictionary<string, DriftMember>(_members.Length, type.Options.PropertyNameCaseInsensitive ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var member in _members)
        {
            // The first of two names equal under the comparison wins, as in the serializer's own order.
            byName.TryAdd(member.Name, member);
        }

        _byName = byName.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    public static DriftShape For(JsonTypeInfo type, ResponseDialect dialect)
        => Shapes.GetOrAdd((type, dialect), static key => new DriftShape(key.Type, key.Dialect));

    /// <summary>Finds the member a JSON property name stands for.</summary>
    /// <param name="name">The property name, unescaped.</param>
    /// <returns>The member, or <see langword="null"/> when the model has none of that name.</returns>
    public DriftMember? Find(ReadOnlySpan<char> name)
    {
#if NET9_0_OR_GREATER
        return _byName.TryGetValue(name, out var found) ? found : null;
#else
        foreach (var member in _members)
        {
            if (name.Equals(member.Name, _comparison))
            {
                return member;
            }
        }

        return null;
#endif
    }
}
