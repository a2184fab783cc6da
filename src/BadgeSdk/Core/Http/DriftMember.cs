using System.Text.Json.Serialization.Metadata;

namespace BadgeSdk.Core.Http;

/// <summary>One member of a <see cref="DriftShape"/>: how the drift walk checks its value.</summary>
internal sealed class DriftMember
{
    private readonly JsonPropertyInfo _property;
    private JsonTypeInfo? _type;

    public DriftMember(JsonPropertyInfo property, Type declaringType, ResponseDialect dialect)
    {
        _property = property;
        Name = property.Name;
        IsTimestamp = property.PropertyType == typeof(DateTimeOffset?) || property.PropertyType == typeof(DateTimeOffset);
        Known = dialect.KnownValues(declaringType, property.Name);
    }

    /// <summary>Gets the JSON name.</summary>
    public string Name { get; }

    /// <summary>Gets a value indicating whether the value is a timestamp, checked for a guessed form.</summary>
    public bool IsTimestamp { get; }

    /// <summary>Gets the values the area knows for this member, or <see langword="null"/> when it is not an enum.</summary>
    public IReadOnlySet<string>? Known { get; }

    /// <summary>Gets the metadata of the value's type, for walking into an object or array.</summary>
    public JsonTypeInfo Type => _type ??= _property.Options.GetTypeInfo(_property.PropertyType);
}
