namespace BadgeSdk;

/// <summary>
/// A string-backed value set that the server owns: well-known values are exposed as static
/// properties, and values the SDK does not know yet still read, compare and round-trip unchanged.
/// </summary>
/// <typeparam name="TSelf">The implementing struct.</typeparam>
/// <remarks>
/// Implementations compare case-insensitively because the vendors spell the same value in
/// different casings across pages (for example <c>Loyalty</c> and <c>LOYALTY</c>).
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "It is an enum in all but representation; the name says what users get.")]
public interface IExtensibleEnum<TSelf> : IEquatable<TSelf>
    where TSelf : struct, IExtensibleEnum<TSelf>
{
    /// <summary>Gets the value exactly as it travels on the wire.</summary>
    string Value { get; }

    /// <summary>Creates an instance from a wire value; never throws for unknown values.</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value wrapped as <typeparamref name="TSelf"/>.</returns>
    static abstract TSelf FromValue(string value);
}
