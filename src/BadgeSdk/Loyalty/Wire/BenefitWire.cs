namespace BadgeSdk.Loyalty.Wire;

/// <summary>One benefit with Capillary's field names.</summary>
internal sealed class BenefitWire
{
    public string? BenefitType { get; set; }

    public long? SeriesId { get; set; }

    public long? Points { get; set; }

    public long? ProgramId { get; set; }

    public long? PromotionId { get; set; }

    public long? AllocationStrategyId { get; set; }

    public long? ExpirationStrategyId { get; set; }

    public long? DefaultTillId { get; set; }
}
