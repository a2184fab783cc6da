using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Tests.Core;

/// <summary>A stand-in extensible enum, built by the same generator, to test the shared converter and members on their own.</summary>
[ExtensibleEnum]
[JsonConverter(typeof(ExtensibleEnumConverter<Fruit>))]
public readonly partial struct Fruit
{
    public static Fruit Apple { get; } = new("APPLE");
}
