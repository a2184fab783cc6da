using System.Globalization;
using System.Reflection;
using System.Text;

namespace BadgeSdk.Tests.Conventions;

/// <summary>Writes constants, default values and attribute arguments as C# literals, culture-independent.</summary>
internal static class ApiValue
{
    public static string Of(object? value, Type type)
    {
        if (value is null)
        {
            return type.IsValueType && !IsNullableValueType(type) ? "default" : "null";
        }

        if (type.IsEnum)
        {
            return EnumMember(value, type);
        }

        return value switch
        {
            string text => Quote(text, '"'),
            char c => Quote(c.ToString(), '\''),
            bool b => b ? "true" : "false",
            Type t => "typeof(" + ApiTypeName.Of(t) + ")",
            float f => f.ToString("R", CultureInfo.InvariantCulture) + "F",
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            decimal m => m.ToString(CultureInfo.InvariantCulture) + "M",
            IReadOnlyCollection<CustomAttributeTypedArgument> items => "[" + string.Join(", ", items.Select(i => Of(i.Value, i.ArgumentType))) + "]",
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
    }

    private static bool IsNullableValueType(Type type)
        => type.IsGenericType && type.GetGenericTypeDefinition().FullName == "System.Nullable`1";

    // Metadata stores an enum value as its underlying number; name the member when one matches.
    private static string EnumMember(object value, Type type)
    {
        var number = Convert.ToInt64(value, CultureInfo.InvariantCulture);
        var member = type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .FirstOrDefault(f => Convert.ToInt64(f.GetRawConstantValue(), CultureInfo.InvariantCulture) == number);
        var enumName = ApiTypeName.Of(type);
        return member is null ? $"({enumName}){number.ToString(CultureInfo.InvariantCulture)}" : enumName + "." + member.Name;
    }

    private static string Quote(string text, char quote)
    {
        var result = new StringBuilder().Append(quote);
        foreach (var c in text)
        {
            result.Append(c switch
            {
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c == quote => "\\" + c,
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return result.Append(quote).ToString();
    }
}
