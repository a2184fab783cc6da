using BadgeSdk.Core.Http;

namespace BadgeSdk.Issuance.Wire;

/// <summary>What every IssueBadge answer may carry: <c>success</c> and <c>message</c>.</summary>
internal class IssuanceEnvelope : IServerReportBody
{
    public bool? Success { get; set; }

    public string? Message { get; set; }

    public ServerReport ToReport() => new(Success, Message, [], []);
}
