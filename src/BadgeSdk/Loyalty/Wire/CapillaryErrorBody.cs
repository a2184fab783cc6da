using BadgeSdk.Core.Http;

namespace BadgeSdk.Loyalty.Wire;

/// <summary>Capillary's outcome fields, read from any body: <c>{errors, warnings}</c>.</summary>
internal class CapillaryErrorBody : IServerReportBody
{
    public List<CapillaryErrorWire>? Errors { get; set; }

    public List<CapillaryErrorWire>? Warnings { get; set; }

    public ServerReport ToReport()
    {
        var errors = CapillaryErrorWire.ToErrors(Errors);
        return new ServerReport(null, errors.Count > 0 ? errors[0].Message : null, errors, CapillaryErrorWire.ToErrors(Warnings));
    }
}
