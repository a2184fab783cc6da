using Microsoft.Extensions.Configuration;

namespace BadgeSdk.DependencyInjection;

/// <summary>The wording of start-up failures about configuration sections: the one looked for, and those that exist.</summary>
internal static class ConfigurationSections
{
    /// <summary>The areas <c>AddBadgeSdk</c> reads, in the order it registers them.</summary>
    public static readonly string[] Areas = ["Issuance", "Passes", "Loyalty"];

    /// <summary>Describes a section a client was bound to that holds no settings.</summary>
    /// <param name="section">The section.</param>
    /// <param name="area">The client's area.</param>
    /// <returns>The message.</returns>
    public static string Missing(IConfiguration section, string area)
        => $"The configuration section '{PathOf(section)}' that {area} settings are bound from is missing or empty; nothing configures the {area} client.";

    /// <summary>Lists what is wrong with the <c>BadgeSdk</c> section given to <c>AddBadgeSdk</c>.</summary>
    /// <param name="configuration">The section.</param>
    /// <returns>One sentence per problem; empty when at least one area is configured and nothing else is there.</returns>
    public static IEnumerable<string> Problems(IConfiguration configuration)
    {
        var path = PathOf(configuration);
        var children = configuration.GetChildren().Select(c => c.Key).ToList();
        var unknown = children.Where(c => !Areas.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        var prefix = path.Length == 0 ? string.Empty : path + ":";
        if (children.Count == 0)
        {
            yield return $"The configuration section '{path}' is missing or empty, so AddBadgeSdk registered no client; it looks for {string.Join(", ", Areas.Select(a => $"'{prefix}{a}'"))}.";
            yield break;
        }

        // The root holds every other library's settings too; only a section of its own can be checked for strays.
        if (unknown.Count > 0 && path.Length > 0)
        {
            yield return $"AddBadgeSdk does not know {string.Join(", ", unknown.Select(u => $"'{prefix}{u}'"))}: the sections it reads are {string.Join(", ", Areas.Select(a => $"'{prefix}{a}'"))} (found: {string.Join(", ", children.Select(c => $"'{prefix}{c}'"))}).";
        }
    }

    private static string PathOf(IConfiguration configuration) => configuration is IConfigurationSection section ? section.Path : string.Empty;
}
