namespace BadgeSdk.Loyalty;

/// <summary>A reward attached to a badge. Build one with <see cref="Coupon"/>, <see cref="LoyaltyPoints"/>, <see cref="CartPromotion"/> or <see cref="GiftVoucher"/>.</summary>
public sealed class BadgeBenefit
{
    internal BadgeBenefit(BenefitType benefitType) => BenefitType = benefitType;

    /// <summary>Gets the benefit's type (<c>benefitType</c>).</summary>
    public BenefitType BenefitType { get; }

    /// <summary>Gets the coupon series (<c>seriesId</c>), for coupons.</summary>
    public long? SeriesId { get; internal init; }

    /// <summary>Gets the points awarded (<c>points</c>), for loyalty points.</summary>
    public long? Points { get; internal init; }

    /// <summary>Gets the loyalty programme (<c>programId</c>).</summary>
    public long? ProgramId { get; internal init; }

    /// <summary>Gets the loyalty promotion (<c>promotionId</c>).</summary>
    public long? PromotionId { get; internal init; }

    /// <summary>Gets the points allocation strategy (<c>allocationStrategyId</c>).</summary>
    public long? AllocationStrategyId { get; internal init; }

    /// <summary>Gets the points expiration strategy (<c>expirationStrategyId</c>).</summary>
    public long? ExpirationStrategyId { get; internal init; }

    /// <summary>Gets the default till (<c>defaultTillId</c>), when Capillary reports one.</summary>
    public long? DefaultTillId { get; internal init; }

    /// <summary>A coupon from a coupon series.</summary>
    /// <param name="seriesId">The coupon series.</param>
    /// <returns>The benefit.</returns>
    public static BadgeBenefit Coupon(long seriesId) => new(BenefitType.Coupon) { SeriesId = seriesId };

    /// <summary>Loyalty points; every id below is required by Capillary.</summary>
    /// <param name="points">The points awarded.</param>
    /// <param name="programId">The loyalty programme.</param>
    /// <param name="promotionId">The loyalty promotion.</param>
    /// <param name="allocationStrategyId">The points allocation strategy.</param>
    /// <param name="expirationStrategyId">The points expiration strategy.</param>
    /// <returns>The benefit.</returns>
    public static BadgeBenefit LoyaltyPoints(long points, long programId, long promotionId, long allocationStrategyId, long expirationStrategyId)
        => new(BenefitType.LoyaltyPoints)
        {
            Points = points,
            ProgramId = programId,
            PromotionId = promotionId,
            AllocationStrategyId = allocationStrategyId,
            ExpirationStrategyId = expirationStrategyId,
        };

    /// <summary>A cart promotion. Capillary lists the type but documents no fields for it.</summary>
    /// <returns>The benefit.</returns>
    public static BadgeBenefit CartPromotion() => new(BenefitType.CartPromotion);

    /// <summary>A gift voucher. Capillary lists the type but documents no fields for it.</summary>
    /// <returns>The benefit.</returns>
    public static BadgeBenefit GiftVoucher() => new(BenefitType.GiftVoucher);
}
