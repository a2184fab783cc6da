namespace BadgeSdk.Testing;

/// <summary>A user the emulated Badge API holds; user attributes are shared by all of the user's passes.</summary>
/// <param name="UserId">The user's id.</param>
/// <param name="Email">The user's email.</param>
/// <param name="Attributes">The user attributes.</param>
public sealed record EmulatedPassUser(string UserId, string? Email, IReadOnlyDictionary<string, string> Attributes);
