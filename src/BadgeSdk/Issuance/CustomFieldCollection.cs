using System.Collections;

namespace BadgeSdk.Issuance;

/// <summary>
/// A badge's custom fields by name (IssueBadge <c>metadata</c>), kept in the order they were
/// added. Names must match the fields defined on the badge template.
/// </summary>
public sealed class CustomFieldCollection : IEnumerable<KeyValuePair<string, CustomFieldValue>>
{
    private readonly Dictionary<string, CustomFieldValue> _fields = new(StringComparer.Ordinal);

    /// <summary>Gets the number of fields.</summary>
    public int Count => _fields.Count;

    /// <summary>Gets or sets a field.</summary>
    /// <param name="name">The field name: not empty or blank.</param>
    /// <returns>The value.</returns>
    /// <exception cref="BadgeValidationException">The name is empty or blank.</exception>
    public CustomFieldValue this[string name]
    {
        get => _fields[name];
        set => _fields[CheckName(name)] = value ?? throw new ArgumentNullException(nameof(value), $"Custom field '{name}' cannot be null.");
    }

    /// <summary>Adds a field (for collection initializers).</summary>
    /// <param name="name">The field name: not empty or blank.</param>
    /// <param name="value">The value.</param>
    public void Add(string name, CustomFieldValue value) => this[name] = value;

    /// <summary>Removes a field.</summary>
    /// <param name="name">The field name.</param>
    /// <returns>Whether it was present.</returns>
    public bool Remove(string name) => _fields.Remove(name);

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, CustomFieldValue>> GetEnumerator() => _fields.GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static string CheckName(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw BadgeValidationException.ForField(nameof(name), "a custom field name cannot be empty or blank.");
        }

        return name;
    }
}
