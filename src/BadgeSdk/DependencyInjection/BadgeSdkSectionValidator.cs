using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace BadgeSdk.DependencyInjection;

/// <summary>
/// Fails start-up when the section given to <c>AddBadgeSdk</c> configures no client or holds a
/// section it does not read (a misspelled <c>Issuence</c>), instead of the first call failing with
/// "No service for type 'IssuanceClient'". Checked when the host starts, against the configuration
/// as it is then.
/// </summary>
/// <param name="name">The check's options name (the section's path).</param>
/// <param name="configuration">The section given to <c>AddBadgeSdk</c>.</param>
internal sealed class BadgeSdkSectionValidator(string name, IConfiguration configuration) : IValidateOptions<BadgeSdkSectionCheck>
{
    public ValidateOptionsResult Validate(string? optionsName, BadgeSdkSectionCheck options)
    {
        if (!string.Equals(optionsName, name, StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Skip;
        }

        var problems = ConfigurationSections.Problems(configuration).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
