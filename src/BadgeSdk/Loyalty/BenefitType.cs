using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty;

/// <summary>The kind of a benefit attached to a badge.</summary>
/// <remarks>An extensible enum: values the SDK does not know yet read, compare and round-trip unchanged.</remarks>
[ExtensibleEnum]
[JsonConverter(typeof(ExtensibleEnumConverter<BenefitType>))]
public readonly partial struct BenefitType
{
    /// <summary>Gets <c>COUPON</c>: A coupon from a coupon series.</summary>
    public static BenefitType Coupon { get; } = new("COUPON");

    /// <summary>Gets <c>LOYALTY_POINTS</c>: Loyalty points.</summary>
    public static BenefitType LoyaltyPoints { get; } = new("LOYALTY_POINTS");

    /// <summary>Gets <c>CART_PROMOTION</c>: A cart promotion.</summary>
    public static BenefitType CartPromotion { get; } = new("CART_PROMOTION");

    /// <summary>Gets <c>GIFT_VOUCHER</c>: A gift voucher.</summary>
    public static BenefitType GiftVoucher { get; } = new("GIFT_VOUCHER");
}
