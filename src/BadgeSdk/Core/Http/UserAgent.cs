using System.Runtime.InteropServices;
using BadgeSdk.Core.Telemetry;

namespace BadgeSdk.Core.Http;

/// <summary>Builds <c>[applicationId ]BadgeSdk/&lt;version&gt; (.NET &lt;runtime&gt;; &lt;rid&gt;)</c>.</summary>
internal static class UserAgent
{
    public const int MaxApplicationIdLength = 64;

    public static string Create(string? applicationId)
    {
        var sdk = $"BadgeSdk/{BadgeTelemetry.Version} ({RuntimeInformation.FrameworkDescription}; {RuntimeInformation.RuntimeIdentifier})";
        if (string.IsNullOrWhiteSpace(applicationId))
        {
            return sdk;
        }

        if (applicationId.Length > MaxApplicationIdLength || applicationId.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw new ArgumentException(
                $"{nameof(BadgeClientOptions.ApplicationId)} must be at most {MaxApplicationIdLength} characters with no spaces or control characters.",
                nameof(applicationId));
        }

        return $"{applicationId} {sdk}";
    }
}
