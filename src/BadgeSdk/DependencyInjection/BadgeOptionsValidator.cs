using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace BadgeSdk.DependencyInjection;

/// <summary>
/// Runs the options' own checks for one registered client, so start-up fails with messages that
/// name the setting where the user wrote it: the bound section's own path (a tenant's
/// <c>Tenants:A:ApiToken</c>, not <c>BadgeSdk:Issuance:ApiToken</c>), or the client and its
/// service key when configured in code.
/// </summary>
/// <typeparam name="TOptions">The client's options.</typeparam>
internal sealed class BadgeOptionsValidator<TOptions> : IValidateOptions<TOptions>
    where TOptions : BadgeClientOptions
{
    private readonly string _name;
    private readonly string _label;
    private readonly IConfiguration? _section;

    /// <summary>Creates the validator of one named registration.</summary>
    /// <param name="name">The options name of the registration.</param>
    /// <param name="label">How settings are named in messages: the section path, or the area and key.</param>
    /// <param name="section">The section the options are bound from, or <see langword="null"/> when configured in code.</param>
    public BadgeOptionsValidator(string name, string label, IConfiguration? section)
    {
        _name = name;
        _label = label;
        _section = section;
    }

    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        if (!string.Equals(name, _name, StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Skip;
        }

        if (_section is not null && !_section.GetChildren().Any())
        {
            return ValidateOptionsResult.Fail(ConfigurationSections.Missing(_section, options.SectionName));
        }

        // Every problem starts with the area's name ("Issuance:ApiToken …"); name the user's own section instead.
        var area = options.SectionName.Length;
        var problems = options.GetProblems().Select(p => _label + p[area..]).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
