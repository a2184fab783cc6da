namespace BadgeSdk.Core.Validation;

/// <summary>
/// Refuses text holding half of a UTF-16 surrogate pair. Such a string cannot be encoded as UTF-8:
/// the JSON writer and the URL encoder would silently send U+FFFD in its place, so the vendor would
/// store something other than what the caller gave.
/// </summary>
internal static class LoneSurrogate
{
    /// <summary>Finds the first unpaired surrogate.</summary>
    /// <param name="value">The text.</param>
    /// <returns>Its index, or -1 when the text is well formed.</returns>
    public static int IndexOf(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Throws when a text field holds an unpaired surrogate.</summary>
    /// <param name="value">The field's value; <see langword="null"/> passes.</param>
    /// <param name="field">The field's name, as in the request model.</param>
    /// <exception cref="BadgeValidationException">The value holds an unpaired surrogate.</exception>
    public static void ThrowIfAny(string? value, string field)
    {
        if (value is not null && IndexOf(value) is var index and >= 0)
        {
            throw BadgeValidationException.ForField(field, $"holds an unpaired UTF-16 surrogate at index {index}, which cannot be encoded as UTF-8 (it would be sent as U+FFFD); check how the text was cut or decoded.");
        }
    }

    /// <summary>Throws when a name/value map holds an unpaired surrogate in a name or a value.</summary>
    /// <param name="map">The map; <see langword="null"/> passes.</param>
    /// <param name="field">The map's name, as in the request model; a bad value is reported as <c>field[name]</c>.</param>
    /// <exception cref="BadgeValidationException">A name or value holds an unpaired surrogate.</exception>
    public static void ThrowIfAny(IEnumerable<KeyValuePair<string, string>>? map, string field)
    {
        foreach (var (name, value) in map ?? [])
        {
            // A broken name would garble the field name in the message too, so the map is named instead.
            ThrowIfAny(name, field);
            ThrowIfAny(value, $"{field}[{name}]");
        }
    }
}
