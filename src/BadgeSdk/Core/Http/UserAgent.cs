using System.Runtime.InteropServices;
using BadgeSdk.Core.Telemetry;

namespace BadgeSdk.Core.Http;

/// <summary>Builds (from an application id already checked by the options) <c>[applicationId ]BadgeSdk/&lt;version&gt; (.NET &lt;runtime&gt;; &lt;rid&gt;)</c>.</summary>
internal static class UserAgent
{
    public static string Create(string? applicationId)
    {
        var sdk = $"BadgeSdk/{BadgeTelemetry.Version} ({RuntimeInformation.FrameworkDescription}; {RuntimeInformation.RuntimeIdentifier})";
        if (string.IsNullOrWhiteSpace(applicationId))
        {
            return sdk;
        }

        return $"{applicationId} {sdk}";
    }
}
