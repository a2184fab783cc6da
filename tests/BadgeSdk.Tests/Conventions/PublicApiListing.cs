using System.Reflection;
using System.Text;

namespace BadgeSdk.Tests.Conventions;

/// <summary>
/// Lists the public surface of one built assembly as sorted, deterministic text: one unindented
/// line per visible type, then one indented line per visible member. The assembly is read with
/// MetadataLoadContext, never loaded for execution, so a net8.0 build lists the same way as a net10.0 one.
/// </summary>
internal static class PublicApiListing
{
    // Attributes that change what a caller may do or will be told; the rest are implementation detail.
    private static readonly HashSet<string> ListedAttributes = new(StringComparer.Ordinal)
    {
        "System.ObsoleteAttribute",
        "System.FlagsAttribute",
        "System.ComponentModel.EditorBrowsableAttribute",
        "System.Diagnostics.CodeAnalysis.ExperimentalAttribute",
        "System.Diagnostics.CodeAnalysis.RequiresUnreferencedCodeAttribute",
        "System.Diagnostics.CodeAnalysis.RequiresDynamicCodeAttribute",
        "System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute",
    };

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string Write(string assemblyPath)
    {
        using var context = new MetadataLoadContext(new PathAssemblyResolver(ResolverPaths(assemblyPath)), typeof(object).Assembly.GetName().Name);
        var assembly = context.LoadFromAssemblyPath(assemblyPath);
        var nullability = new NullabilityInfoContext();
        var text = new StringBuilder();
        foreach (var type in assembly.GetTypes().Where(IsVisible).OrderBy(ApiTypeName.Declared, StringComparer.Ordinal))
        {
            text.Append(TypeLine(type)).Append('\n');
            foreach (var member in Members(type, nullability))
            {
                text.Append("    ").Append(member).Append('\n');
            }
        }

        return text.ToString();
    }

    // The test process's own trusted assemblies (shared frameworks and package dependencies) resolve
    // every reference, for both target frameworks: a reference to an 8.0 framework assembly resolves
    // to the newer one of the same name, which keeps or forwards the same public types.
    private static IEnumerable<string> ResolverPaths(string assemblyPath)
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var listed = Path.GetFileName(assemblyPath);
        return trusted.Where(p => !string.Equals(Path.GetFileName(p), listed, StringComparison.OrdinalIgnoreCase)).Append(assemblyPath);
    }

    private static bool IsVisible(Type type)
        => type.IsPublic || ((type.IsNestedPublic || type.IsNestedFamily || type.IsNestedFamORAssem) && IsVisible(type.DeclaringType!));

    private static bool IsVisible(MethodBase? method)
        => method is not null && (method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly);

    private static string TypeLine(Type type)
    {
        var line = new StringBuilder(Attributes(type.GetCustomAttributesData())).Append(type.IsNestedFamily || type.IsNestedFamORAssem ? "protected " : "public ");
        if (type.BaseType?.FullName == "System.MulticastDelegate")
        {
            var invoke = type.GetMethod("Invoke")!;
            return line.Append("delegate ").Append(ApiTypeName.Of(invoke.ReturnType)).Append(' ')
                .Append(ApiTypeName.Declared(type)).Append(GenericParameters(type.GetGenericArguments()))
                .Append('(').Append(Parameters(invoke, new NullabilityInfoContext())).Append(')')
                .Append(Constraints(type.GetGenericArguments())).ToString();
        }

        line.Append(Kind(type)).Append(' ').Append(ApiTypeName.Declared(type)).Append(GenericParameters(type.GetGenericArguments()));
        var bases = new List<string>();
        if (type.IsEnum)
        {
            bases.Add(ApiTypeName.Of(type.GetEnumUnderlyingType()));
        }
        else if (type.BaseType is { FullName: not ("System.Object" or "System.ValueType") } baseType)
        {
            bases.Add(ApiTypeName.Of(baseType));
        }

        if (!type.IsEnum)
        {
            bases.AddRange(type.GetInterfaces().Select(i => ApiTypeName.Of(i)).Order(StringComparer.Ordinal));
        }

        if (bases.Count > 0)
        {
            line.Append(" : ").AppendJoin(", ", bases);
        }

        return line.Append(Constraints(type.GetGenericArguments())).ToString();
    }

    private static string Kind(Type type)
    {
        if (type.IsInterface)
        {
            return "interface";
        }

        if (type.IsEnum)
        {
            return "enum";
        }

        if (type.IsValueType)
        {
            var readOnly = HasAttribute(type, "System.Runtime.CompilerServices.IsReadOnlyAttribute") ? "readonly " : "";
            var byRef = HasAttribute(type, "System.Runtime.CompilerServices.IsByRefLikeAttribute") ? "ref " : "";
            return readOnly + byRef + "struct";
        }

        // Only records have the compiler's clone method, which is what makes `with` work on them.
        var kind = type.GetMethod("<Clone>$", Declared) is null ? "class" : "record";
        return (type.IsAbstract, type.IsSealed) switch
        {
            (true, true) => "static " + kind,
            (true, false) => "abstract " + kind,
            (false, true) => "sealed " + kind,
            _ => kind,
        };
    }

    private static IEnumerable<string> Members(Type type, NullabilityInfoContext nullability)
    {
        var properties = type.GetProperties(Declared).Where(p => IsVisible(p.GetMethod) || IsVisible(p.SetMethod)).ToList();
        var events = type.GetEvents(Declared).Where(e => IsVisible(e.AddMethod)).ToList();
        var accessors = properties.SelectMany(p => p.GetAccessors(nonPublic: true))
            .Concat(events.SelectMany(e => new[] { e.AddMethod, e.RemoveMethod, e.RaiseMethod }).OfType<MethodInfo>())
            .Select(m => m.MetadataToken)
            .ToHashSet();

        var lines = new List<(int Group, string Name, string Line)>();
        lines.AddRange(type.GetConstructors(Declared).Where(c => IsVisible(c)).Select(c => (0, c.Name, Constructor(type, c, nullability))));
        lines.AddRange(type.GetFields(Declared).Where(f => (f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly) && !f.IsSpecialName).Select(f => (1, f.Name, Field(type, f, nullability))));
        lines.AddRange(properties.Select(p => (2, p.Name, Property(p, nullability))));
        lines.AddRange(events.Select(e => (3, e.Name, Event(e, nullability))));
        lines.AddRange(type.GetMethods(Declared)
            .Where(m => IsVisible(m) && !accessors.Contains(m.MetadataToken) && !m.Name.Contains('<', StringComparison.Ordinal))
            .Select(m => (4, m.Name, Method(m, nullability))));
        return lines.OrderBy(l => l.Group).ThenBy(l => l.Name, StringComparer.Ordinal).ThenBy(l => l.Line, StringComparer.Ordinal).Select(l => l.Line);
    }

    private static string Constructor(Type type, ConstructorInfo constructor, NullabilityInfoContext nullability)
        => Attributes(constructor.GetCustomAttributesData()) + Access(constructor) + " " + ApiTypeName.WithoutArity(type.Name) + "(" + Parameters(constructor, nullability) + ")";

    private static string Field(Type type, FieldInfo field, NullabilityInfoContext nullability)
    {
        if (type.IsEnum)
        {
            return Attributes(field.GetCustomAttributesData()) + field.Name + " = " + ApiValue.Of(field.GetRawConstantValue(), type.GetEnumUnderlyingType());
        }

        var modifiers = field.IsLiteral ? "const " : (field.IsStatic ? "static " : "") + (field.IsInitOnly ? "readonly " : "");
        var line = Attributes(field.GetCustomAttributesData()) + (field.IsPublic ? "public " : "protected ") + modifiers
            + ApiTypeName.Of(field.FieldType, nullability.Create(field)) + " " + field.Name;
        return field.IsLiteral ? line + " = " + ApiValue.Of(field.GetRawConstantValue(), field.FieldType) : line;
    }

    private static string Property(PropertyInfo property, NullabilityInfoContext nullability)
    {
        var getter = IsVisible(property.GetMethod) ? property.GetMethod : null;
        var setter = IsVisible(property.SetMethod) ? property.SetMethod : null;
        var widest = getter is { IsPublic: true } || setter is { IsPublic: true } ? "public" : "protected";
        // A setter-only property is annotated on its value parameter.
        var info = getter is null ? nullability.Create(setter!.GetParameters()[^1]) : nullability.Create(property);
        var type = ApiTypeName.Of(property.PropertyType, info);
        var required = HasAttribute(property, "System.Runtime.CompilerServices.RequiredMemberAttribute") ? "required " : "";
        var indexParameters = property.GetIndexParameters();
        var name = indexParameters.Length == 0 ? property.Name : "this[" + string.Join(", ", indexParameters.Select(p => Parameter(p, nullability))) + "]";

        var accessors = new List<string>();
        if (getter is not null)
        {
            accessors.Add(AccessorAccess(getter, widest) + "get;");
        }

        if (setter is not null)
        {
            var init = setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
            accessors.Add(AccessorAccess(setter, widest) + (init ? "init;" : "set;"));
        }

        return Attributes(property.GetCustomAttributesData()) + widest + " " + Modifiers((getter ?? setter)!) + required
            + type + " " + name + " { " + string.Join(" ", accessors) + " }";
    }

    private static string AccessorAccess(MethodInfo accessor, string widest)
        => accessor.IsPublic || widest == "protected" ? "" : "protected ";

    private static string Event(EventInfo @event, NullabilityInfoContext nullability)
        => Attributes(@event.GetCustomAttributesData()) + Access(@event.AddMethod!) + " " + Modifiers(@event.AddMethod!) + "event "
            + ApiTypeName.Of(@event.EventHandlerType!, nullability.Create(@event)) + " " + @event.Name;

    private static string Method(MethodInfo method, NullabilityInfoContext nullability)
        => Attributes(method.GetCustomAttributesData()) + Access(method) + " " + Modifiers(method)
            + ApiTypeName.Of(method.ReturnType, nullability.Create(method.ReturnParameter)) + " " + method.Name
            + GenericParameters(method.GetGenericArguments()) + "(" + Parameters(method, nullability) + ")"
            + Constraints(method.GetGenericArguments());

    private static string Access(MethodBase method) => method.IsPublic ? "public" : "protected";

    private static string Modifiers(MethodInfo method)
    {
        var reusesSlot = (method.Attributes & MethodAttributes.VtableLayoutMask) == MethodAttributes.ReuseSlot;
        var modifiers = method.IsStatic ? "static " : "";
        if (method.IsAbstract)
        {
            return modifiers + (reusesSlot && method.IsVirtual && !method.DeclaringType!.IsInterface ? "abstract override " : "abstract ");
        }

        if (!method.IsVirtual)
        {
            return modifiers;
        }

        if (reusesSlot)
        {
            return modifiers + (method.IsFinal ? "sealed override " : "override ");
        }

        // A virtual, final, new-slot method is how C# compiles a plain method that implements an interface.
        return modifiers + (method.IsFinal ? "" : "virtual ");
    }

    private static string Parameters(MethodBase method, NullabilityInfoContext nullability)
    {
        var isExtension = HasAttribute(method, "System.Runtime.CompilerServices.ExtensionAttribute");
        return string.Join(", ", method.GetParameters().Select((p, i) => (isExtension && i == 0 ? "this " : "") + Parameter(p, nullability)));
    }

    private static string Parameter(ParameterInfo parameter, NullabilityInfoContext nullability)
    {
        var prefix = "";
        if (parameter.ParameterType.IsByRef)
        {
            prefix = parameter.IsOut ? "out " : HasAttribute(parameter, "System.Runtime.CompilerServices.IsReadOnlyAttribute") ? "in " : "ref ";
        }
        else if (HasAttribute(parameter, "System.ParamArrayAttribute"))
        {
            prefix = "params ";
        }

        var info = nullability.Create(parameter);
        var line = prefix + ApiTypeName.Of(parameter.ParameterType, info) + " " + parameter.Name;
        return parameter.HasDefaultValue ? line + " = " + ApiValue.Of(parameter.RawDefaultValue, parameter.ParameterType) : line;
    }

    private static string GenericParameters(Type[] parameters)
        => parameters.Length == 0 || !parameters[0].IsGenericParameter ? "" : "<" + string.Join(", ", parameters.Select(p => p.Name)) + ">";

    private static string Constraints(Type[] parameters)
    {
        var text = new StringBuilder();
        foreach (var parameter in parameters.Where(p => p.IsGenericParameter))
        {
            var flags = parameter.GenericParameterAttributes;
            var constraints = new List<string>();
            if (flags.HasFlag(GenericParameterAttributes.ReferenceTypeConstraint))
            {
                constraints.Add("class");
            }

            var isStruct = flags.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint);
            if (isStruct)
            {
                constraints.Add("struct");
            }

            constraints.AddRange(parameter.GetGenericParameterConstraints().Where(c => !(isStruct && c.FullName == "System.ValueType")).Select(c => ApiTypeName.Of(c)));
            if (flags.HasFlag(GenericParameterAttributes.DefaultConstructorConstraint) && !isStruct)
            {
                constraints.Add("new()");
            }

            if (constraints.Count > 0)
            {
                text.Append(" where ").Append(parameter.Name).Append(" : ").AppendJoin(", ", constraints);
            }
        }

        return text.ToString();
    }

    private static string Attributes(IList<CustomAttributeData> attributes)
    {
        // The compiler marks constructors of types with required members obsolete for old compilers; that is not the author's word.
        var compilerObsolete = attributes.Any(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.CompilerFeatureRequiredAttribute");
        var listed = attributes
            .Where(a => ListedAttributes.Contains(a.AttributeType.FullName!) && !(compilerObsolete && a.AttributeType.FullName == "System.ObsoleteAttribute"))
            .Select(Attribute)
            .Order(StringComparer.Ordinal);
        return string.Concat(listed.Select(a => a + " "));
    }

    private static string Attribute(CustomAttributeData attribute)
    {
        var name = attribute.AttributeType.Name[..^"Attribute".Length];
        var arguments = attribute.ConstructorArguments.Select(a => ApiValue.Of(a.Value, a.ArgumentType))
            .Concat(attribute.NamedArguments.Select(a => a.MemberName + " = " + ApiValue.Of(a.TypedValue.Value, a.TypedValue.ArgumentType)))
            .ToList();
        return arguments.Count == 0 ? "[" + name + "]" : "[" + name + "(" + string.Join(", ", arguments) + ")]";
    }

    private static bool HasAttribute(MemberInfo member, string fullName)
        => member.GetCustomAttributesData().Any(a => a.AttributeType.FullName == fullName);

    private static bool HasAttribute(ParameterInfo parameter, string fullName)
        => parameter.GetCustomAttributesData().Any(a => a.AttributeType.FullName == fullName);
}
