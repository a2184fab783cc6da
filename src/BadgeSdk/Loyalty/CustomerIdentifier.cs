using System.Text.Json.Serialization;
using BadgeSdk.Core.Json;

namespace BadgeSdk.Loyalty;

/// <summary>
/// What a customer value names, sent as <c>X-CAP-CUSTOMER-IDENTIFIER</c> where Capillary documents
/// it (badges of a customer, the management listing and details, revoke earn): the value then goes
/// where the customer id would.
/// </summary>
/// <remarks>An extensible enum: values the SDK does not know yet are sent unchanged.</remarks>
[ExtensibleEnum]
[JsonConverter(typeof(ExtensibleEnumConverter<CustomerIdentifier>))]
public readonly partial struct CustomerIdentifier
{
    /// <summary>Gets <c>email</c>: The customer's email address.</summary>
    public static CustomerIdentifier Email { get; } = new("email");

    /// <summary>Gets <c>mobile</c>: The customer's mobile number.</summary>
    public static CustomerIdentifier Mobile { get; } = new("mobile");

    /// <summary>Gets <c>externalId</c>: The customer's external id.</summary>
    public static CustomerIdentifier ExternalId { get; } = new("externalId");

    /// <summary>Gets <c>cardNumber</c>: The customer's loyalty card number.</summary>
    public static CustomerIdentifier CardNumber { get; } = new("cardNumber");
}
