using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using BadgeSdk.Core.Auth;

namespace BadgeSdk.Loyalty.Auth;

/// <summary>
/// Capillary's Basic scheme: <c>Basic base64(tillId:md5(password))</c>. Capillary asks for the
/// password in MD5 form; a caller who already holds that hash can pass it as is.
/// </summary>
internal sealed class CapillaryBasicAuthenticator : BadgeAuthenticator
{
    private readonly AuthenticationHeaderValue _header;

    public CapillaryBasicAuthenticator(string tillId, string password, bool passwordIsMd5)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tillId);
        ArgumentException.ThrowIfNullOrEmpty(password);
        var digest = passwordIsMd5 ? password.ToLowerInvariant() : Md5Hex(password);
        var raw = Encoding.UTF8.GetBytes($"{tillId}:{digest}");
        _header = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(raw));
    }

    public override ValueTask<string?> ApplyAsync(HttpRequestMessage request, HttpSender send, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = _header;
        return ValueTask.FromResult<string?>(null);
    }

    public override string ToString() => "Basic ***";

#pragma warning disable CA5351 // MD5 is not our choice: Capillary's Basic scheme is defined over an MD5 digest of the password.
    internal static string Md5Hex(string password)
        => Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(password))).ToLowerInvariant();
#pragma warning restore CA5351
}
