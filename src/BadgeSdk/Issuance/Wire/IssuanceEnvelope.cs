namespace BadgeSdk.Issuance.Wire;

/// <summary>What every IssueBadge answer may carry: <c>success</c> and <c>message</c>.</summary>
internal class IssuanceEnvelope
{
    public bool? Success { get; set; }

    public string? Message { get; set; }
}
