using System.Reflection;

namespace BadgeSdk.Tests.Conventions;

/// <summary>
/// Writes a type the way C# spells it, namespace included, with <c>?</c> where the compiler
/// recorded a nullable reference. Works on runtime types and on MetadataLoadContext types alike,
/// so it compares types by name, never by identity.
/// </summary>
internal static class ApiTypeName
{
    private static readonly Dictionary<string, string> Keywords = new(StringComparer.Ordinal)
    {
        ["System.Boolean"] = "bool",
        ["System.Byte"] = "byte",
        ["System.SByte"] = "sbyte",
        ["System.Char"] = "char",
        ["System.Decimal"] = "decimal",
        ["System.Double"] = "double",
        ["System.Single"] = "float",
        ["System.Int16"] = "short",
        ["System.UInt16"] = "ushort",
        ["System.Int32"] = "int",
        ["System.UInt32"] = "uint",
        ["System.Int64"] = "long",
        ["System.UInt64"] = "ulong",
        ["System.IntPtr"] = "nint",
        ["System.UIntPtr"] = "nuint",
        ["System.Object"] = "object",
        ["System.String"] = "string",
        ["System.Void"] = "void",
    };

    public static string Of(Type type, NullabilityInfo? nullability = null)
    {
        if (type.IsByRef || type.IsPointer)
        {
            return Of(type.GetElementType()!, nullability) + (type.IsPointer ? "*" : "");
        }

        var nullable = nullability?.ReadState == NullabilityState.Nullable && !type.IsValueType ? "?" : "";
        if (type.IsArray)
        {
            return Of(type.GetElementType()!, nullability?.ElementType) + "[" + new string(',', type.GetArrayRank() - 1) + "]" + nullable;
        }

        if (type.IsGenericParameter)
        {
            return type.Name + nullable;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition().FullName == "System.Nullable`1")
        {
            return Of(type.GetGenericArguments()[0]) + "?";
        }

        if (type.FullName is { } full && Keywords.TryGetValue(full, out var keyword))
        {
            return keyword + nullable;
        }

        var name = Declared(type);
        if (type.IsGenericType)
        {
            var arguments = type.GetGenericArguments();
            var argumentNullability = nullability?.GenericTypeArguments;
            var written = arguments.Select((a, i) => Of(a, argumentNullability is { Length: > 0 } n && i < n.Length ? n[i] : null));
            name += "<" + string.Join(", ", written) + ">";
        }

        return name + nullable;
    }

    /// <summary>The namespace-qualified name without generic arguments; nested types joined with a dot.</summary>
    public static string Declared(Type type)
    {
        var simple = WithoutArity(type.Name);
        if (type.IsNested && !type.IsGenericParameter)
        {
            return Declared(type.DeclaringType!) + "." + simple;
        }

        return string.IsNullOrEmpty(type.Namespace) ? simple : type.Namespace + "." + simple;
    }

    public static string WithoutArity(string name)
    {
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }
}
