namespace BadgeSdk.Core.Http;

/// <summary>A wire body that carries the vendor's outcome fields beside its data, so one read gives both.</summary>
internal interface IServerReportBody
{
    /// <summary>Gets what the body says about the outcome.</summary>
    /// <returns>The report.</returns>
    ServerReport ToReport();
}
