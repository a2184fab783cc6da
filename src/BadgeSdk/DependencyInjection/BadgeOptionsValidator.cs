using Microsoft.Extensions.Options;

namespace BadgeSdk.DependencyInjection;

/// <summary>Runs the options' own checks for every registered client, so start-up fails with messages that name the setting.</summary>
/// <typeparam name="TOptions">The client's options.</typeparam>
internal sealed class BadgeOptionsValidator<TOptions> : IValidateOptions<TOptions>
    where TOptions : BadgeClientOptions
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var problems = options.GetProblems().Select(p => $"BadgeSdk:{p}").ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
