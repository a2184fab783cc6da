using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty;

/// <summary>Which of a customer's badges to read (<c>badgeType</c> of get-badges-for-customer).</summary>
/// <remarks>An extensible enum: values the SDK does not know yet are sent unchanged.</remarks>
[ExtensibleEnum]
[JsonConverter(typeof(ExtensibleEnumConverter<CustomerBadgeType>))]
public readonly partial struct CustomerBadgeType
{
    /// <summary>Gets <c>AVAILABLE</c>: Badges the customer can still earn.</summary>
    public static CustomerBadgeType Available { get; } = new("AVAILABLE");

    /// <summary>Gets <c>EARNED</c>: Badges the customer has earned.</summary>
    public static CustomerBadgeType Earned { get; } = new("EARNED");
}
