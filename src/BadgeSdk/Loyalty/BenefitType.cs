using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty;

/// <summary>The kind of a benefit attached to a badge.</summary>
/// <remarks>An extensible enum: values the SDK does not know yet read, compare and round-trip unchanged.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<BenefitType>))]
public readonly struct BenefitType : IExtensibleEnum<BenefitType>
{
    private readonly string? _value;

    /// <summary>Initializes a value; any string is accepted so that new server values still work.</summary>
    /// <param name="value">The wire value.</param>
    public BenefitType(string value) => _value = ExtensibleEnum.Require(value, nameof(BenefitType));

    /// <summary>Gets <c>COUPON</c>: A coupon from a coupon series.</summary>
    public static BenefitType Coupon { get; } = new("COUPON");

    /// <summary>Gets <c>LOYALTY_POINTS</c>: Loyalty points.</summary>
    public static BenefitType LoyaltyPoints { get; } = new("LOYALTY_POINTS");

    /// <summary>Gets <c>CART_PROMOTION</c>: A cart promotion.</summary>
    public static BenefitType CartPromotion { get; } = new("CART_PROMOTION");

    /// <summary>Gets <c>GIFT_VOUCHER</c>: A gift voucher.</summary>
    public static BenefitType GiftVoucher { get; } = new("GIFT_VOUCHER");

    /// <inheritdoc/>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc/>
    public static BenefitType FromValue(string value) => new(value);

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator BenefitType(string value) => new(value);

    /// <summary>Compares case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(BenefitType left, BenefitType right) => left.Equals(right);

    /// <summary>Compares case-insensitively.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(BenefitType left, BenefitType right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(BenefitType other) => ExtensibleEnum.Equals(_value, other._value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is BenefitType other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ExtensibleEnum.GetHashCode(_value);

    /// <inheritdoc/>
    public override string ToString() => Value;
}
