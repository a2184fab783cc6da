namespace BadgeSdk;

/// <summary>Shared equality rules for extensible enums, so each enum stays a few lines long.</summary>
internal static class ExtensibleEnum
{
    public static string Require(string value, string typeName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value), $"A {typeName} value cannot be null.");
        }

        return value;
    }

    public static bool Equals(string? left, string? right)
        => string.Equals(left, right, StringComparison.OrdinalIgnoreCase);

    public static int GetHashCode(string? value)
        => value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(value);
}
