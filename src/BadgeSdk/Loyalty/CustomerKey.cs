namespace BadgeSdk.Loyalty;

/// <summary>
/// A customer as Capillary's customer-badge operations address one: the Capillary customer id, or
/// another identifier named by <see cref="IdentifiedBy"/> (sent as <c>X-CAP-CUSTOMER-IDENTIFIER</c>).
/// The value is escaped when it goes into a path, so <c>+</c>, <c>@</c>, <c>/</c> and spaces are safe.
/// </summary>
/// <param name="Value">The customer id, or the email, mobile number, external id or card number.</param>
/// <param name="IdentifiedBy">What <paramref name="Value"/> is; <see langword="null"/> for the Capillary customer id.</param>
public sealed record CustomerKey(string Value, CustomerIdentifier? IdentifiedBy = null)
{
    /// <summary>Addresses a customer by Capillary customer id.</summary>
    /// <param name="customerId">The id.</param>
    /// <returns>The key.</returns>
    public static CustomerKey FromId(long customerId) => new(customerId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <inheritdoc/>
    public override string ToString() => IdentifiedBy is { } by ? $"{by}:{Value}" : Value;
}
