using System.Net.Http.Headers;

namespace BadgeSdk.Core.Auth;

/// <summary><c>Authorization: Bearer &lt;token&gt;</c>, as IssueBadge and Badge expect.</summary>
internal sealed class BearerTokenAuthenticator : BadgeAuthenticator
{
    private readonly AuthenticationHeaderValue _header;

    public BearerTokenAuthenticator(string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        _header = new AuthenticationHeaderValue("Bearer", token);
    }

    public override ValueTask<string?> ApplyAsync(HttpRequestMessage request, HttpSender send, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = _header;
        return ValueTask.FromResult<string?>(null);
    }

    public override string ToString() => "Bearer ***";
}
