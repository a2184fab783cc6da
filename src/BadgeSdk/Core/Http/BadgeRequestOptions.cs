namespace BadgeSdk.Core.Http;

/// <summary>Per-request values that travel from the transport to the handlers below it.</summary>
internal static class BadgeRequestOptions
{
    public static readonly HttpRequestOptionsKey<RetrySafety> Safety = new("BadgeSdk.RetrySafety");

    public static readonly HttpRequestOptionsKey<AttemptLog> Attempts = new("BadgeSdk.Attempts");
}
