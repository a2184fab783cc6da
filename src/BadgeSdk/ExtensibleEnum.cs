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

    /// <summary>Wraps a wire value, keeping <see langword="null"/> as "not sent".</summary>
    /// <typeparam name="T">The enum.</typeparam>
    /// <param name="value">The wire value.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public static T? From<T>(string? value)
        where T : struct, IExtensibleEnum<T>
        => value is null ? null : T.FromValue(value);
}
