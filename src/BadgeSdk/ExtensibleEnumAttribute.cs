using System.Diagnostics;

namespace BadgeSdk;

/// <summary>
/// Marks a <c>readonly partial struct</c> as an extensible enum: BadgeSdk.Generators writes its shared
/// members (constructor, <c>Value</c>, <c>FromValue</c>, the conversion from string and case-insensitive
/// equality), and the struct's own file keeps its <c>[JsonConverter]</c> and its well-known values.
/// </summary>
/// <remarks>
/// Conditional so that it is read at build time only and not stamped on every enum in the shipped metadata.
/// </remarks>
[AttributeUsage(AttributeTargets.Struct)]
[Conditional("BADGESDK_GENERATORS")]
internal sealed class ExtensibleEnumAttribute : Attribute;
