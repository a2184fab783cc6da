using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Tests.Core;

/// <summary>A stand-in extensible enum, to test the shared converter and equality rules on their own.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<Fruit>))]
public readonly struct Fruit : IExtensibleEnum<Fruit>
{
    private readonly string? _value;

    public Fruit(string value) => _value = value;

    public static Fruit Apple { get; } = new("APPLE");

    public string Value => _value ?? string.Empty;

    public static Fruit FromValue(string value) => new(value);

    public static implicit operator Fruit(string value) => new(value);

    public static bool operator ==(Fruit left, Fruit right) => left.Equals(right);

    public static bool operator !=(Fruit left, Fruit right) => !left.Equals(right);

    public bool Equals(Fruit other) => ExtensibleEnum.Equals(_value, other._value);

    public override bool Equals(object? obj) => obj is Fruit other && Equals(other);

    public override int GetHashCode() => ExtensibleEnum.GetHashCode(_value);

    public override string ToString() => Value;
}
