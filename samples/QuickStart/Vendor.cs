using Microsoft.Extensions.Configuration;

namespace QuickStart;

/// <summary>One API of the tour and what makes it "configured".</summary>
/// <param name="Name">How the tour names it.</param>
/// <param name="Section">Its section under <c>BadgeSdk</c>.</param>
/// <param name="CredentialKeys">Keys of which any one set means the user gave credentials.</param>
/// <param name="Variables">The environment variables to set, for the messages.</param>
/// <param name="DefaultAddress">The real API's address.</param>
/// <param name="RealEffect">What the tour does there, for the confirmation.</param>
internal sealed record Vendor(string Name, string Section, string[] CredentialKeys, string Variables, Uri DefaultAddress, string RealEffect)
{
    public bool IsConfigured(IConfiguration configuration)
        => CredentialKeys.Any(k => !string.IsNullOrWhiteSpace(configuration[$"BadgeSdk:{Section}:{k}"]));
}
