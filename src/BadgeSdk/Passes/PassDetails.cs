namespace BadgeSdk.Passes;

/// <summary>
/// One specific pass of a user. <see cref="Attributes"/> are <em>pass attributes</em>: they belong
/// to this pass only (for example a ticket number).
/// </summary>
public sealed class PassDetails
{
    /// <summary>Initializes a pass; Badge creates it if the id is new, else updates it.</summary>
    /// <param name="id">
    /// Your stable id for the pass. Keep it: push notifications target it. Use the same id on
    /// every retry, or each attempt would create a new pass.
    /// </param>
    public PassDetails(string id) => Id = id;

    /// <summary>Gets your id for the pass.</summary>
    public string Id { get; }

    /// <summary>Gets the pass attributes, which belong to this pass only.</summary>
    public IDictionary<string, string> Attributes { get; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
