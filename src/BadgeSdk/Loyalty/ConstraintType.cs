using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty;

/// <summary>The kind of a customer or badge constraint (<c>constraintType</c>).</summary>
/// <remarks>An extensible enum: values the SDK does not know yet read, compare and round-trip unchanged.</remarks>
[ExtensibleEnum]
[JsonConverter(typeof(ExtensibleEnumConverter<ConstraintType>))]
public readonly partial struct ConstraintType
{
    /// <summary>Gets <c>CUSTOMER_BADGE_FIXED_WINDOW</c>: A customer may earn the badge a limited number of times per fixed window.</summary>
    public static ConstraintType CustomerFixedWindow { get; } = new("CUSTOMER_BADGE_FIXED_WINDOW");

    /// <summary>Gets <c>CUSTOMER_BADGE_FIXED_VALUE</c>: A customer may earn the badge a limited number of times in all.</summary>
    public static ConstraintType CustomerFixedValue { get; } = new("CUSTOMER_BADGE_FIXED_VALUE");

    /// <summary>Gets <c>CUSTOMER_BADGE_ROLLING_WINDOW</c>: A customer may earn the badge a limited number of times over the past days, weeks or months.</summary>
    public static ConstraintType CustomerRollingWindow { get; } = new("CUSTOMER_BADGE_ROLLING_WINDOW");

    /// <summary>Gets <c>CUSTOMER_BADGE_NO_LIMIT</c>: No limit per customer.</summary>
    public static ConstraintType CustomerNoLimit { get; } = new("CUSTOMER_BADGE_NO_LIMIT");

    /// <summary>Gets <c>BADGE_FIXED_WINDOW</c>: The badge may be earned a limited number of times per fixed window, across customers.</summary>
    public static ConstraintType BadgeFixedWindow { get; } = new("BADGE_FIXED_WINDOW");

    /// <summary>Gets <c>BADGE_FIXED_VALUE</c>: The badge may be earned a limited number of times in all.</summary>
    public static ConstraintType BadgeFixedValue { get; } = new("BADGE_FIXED_VALUE");

    /// <summary>Gets <c>BADGE_ROLLING_WINDOW</c>: The badge may be earned a limited number of times over a rolling period.</summary>
    public static ConstraintType BadgeRollingWindow { get; } = new("BADGE_ROLLING_WINDOW");

    /// <summary>Gets <c>BADGE_NO_LIMIT</c>: No overall limit.</summary>
    public static ConstraintType BadgeNoLimit { get; } = new("BADGE_NO_LIMIT");
}
