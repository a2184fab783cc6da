namespace BadgeSdk.Core.Http;

/// <summary>
/// What a vendor's body said about the outcome, whatever the HTTP status: IssueBadge's
/// <c>success</c>/<c>message</c>, Capillary's <c>errors[]</c>/<c>warnings</c>, Badge's <c>message</c>/<c>error</c>.
/// </summary>
internal sealed class ServerReport
{
    /// <summary>A body that said nothing about the outcome.</summary>
    public static readonly ServerReport None = new(null, null, [], []);

    public ServerReport(bool? success, string? message, IReadOnlyList<BadgeError> errors, IReadOnlyList<BadgeError> warnings)
    {
        Success = success;
        Message = message;
        Errors = errors;
        Warnings = warnings;
    }

    /// <summary>Gets the body's own success flag, when it has one.</summary>
    public bool? Success { get; }

    /// <summary>Gets the server's message (or the first error's), when there is one.</summary>
    public string? Message { get; }

    public IReadOnlyList<BadgeError> Errors { get; }

    public IReadOnlyList<BadgeError> Warnings { get; }

    /// <summary>Gets a value indicating whether the body itself reports a failure (in any HTTP status).</summary>
    public bool ReportsFailure => Success == false || Errors.Count > 0;
}
