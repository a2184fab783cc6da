using System.Text.Json.Serialization;
using BadgeSdk.Issuance;

namespace BadgeSdk.Tests.Conventions.Fakes;

/// <summary>
/// A context that names a public SDK model as a root, reaches another through a wire type, and
/// carries an extensible enum as a leaf, to prove the JSON-context rule sees all three.
/// </summary>
[JsonSerializable(typeof(FakeWire))]
[JsonSerializable(typeof(BadgeTemplate))]
internal sealed partial class FakeJsonContext : JsonSerializerContext;
