namespace BadgeSdk.Passes;

/// <summary>
/// The user a pass belongs to. <see cref="Attributes"/> are <em>user attributes</em>: shared by
/// every pass of this user, in every template that shows them.
/// </summary>
public sealed class PassUser
{
    /// <summary>Initializes a user; Badge creates the user if the id is new, else updates it.</summary>
    /// <param name="id">Your stable id for the user.</param>
    public PassUser(string id) => Id = id;

    /// <summary>Gets your id for the user.</summary>
    public string Id { get; }

    /// <summary>Gets or sets the user's email: a bare address (<c>name@example.com</c>), the same rule as IssueBadge's recipient email.</summary>
    /// <remarks>No display name, spaces or comments, a dot in the domain, at most 254 characters; anything else is a <see cref="BadgeValidationException"/> before sending.</remarks>
    public string? Email { get; set; }

    /// <summary>Gets the user attributes, shared by all of the user's passes (for example a member balance).</summary>
    public IDictionary<string, string> Attributes { get; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
