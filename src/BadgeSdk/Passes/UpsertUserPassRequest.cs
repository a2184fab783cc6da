namespace BadgeSdk.Passes;

/// <summary>
/// Ensures a user has a pass of a template (Badge <c>userPassUpsert</c>), for
/// <see cref="PassesClient.UpsertUserPassAsync"/>. Build it with <see cref="ForPass"/> or
/// <see cref="ForAllUserPasses"/>: leaving out the pass changes <em>every</em> pass of the user in
/// the template, so it is a choice, never an accident.
/// </summary>
/// <remarks>An upsert with the same ids converges on the same pass, so retries are safe.</remarks>
public sealed class UpsertUserPassRequest
{
    private UpsertUserPassRequest(string passTemplateId, PassUser user, PassDetails? pass)
    {
        PassTemplateId = passTemplateId;
        User = user;
        Pass = pass;
    }

    /// <summary>Gets the pass template's id (a UUID).</summary>
    public string PassTemplateId { get; }

    /// <summary>Gets the user, with the user attributes shared by all of their passes.</summary>
    public PassUser User { get; }

    /// <summary>Gets the one pass targeted, or <see langword="null"/> when every pass of the user in the template is.</summary>
    public PassDetails? Pass { get; }

    /// <summary>Gets which passes the upsert touches.</summary>
    public PassTarget Target => Pass is null ? PassTarget.AllUserPassesInTemplate : PassTarget.SinglePass;

    /// <summary>
    /// Gets or sets whether Badge should send the invite email for the pass (at most once per pass).
    /// Its JSON name is not published: set <see cref="PassesClientOptions.InviteEmailFieldName"/>
    /// first, or the call is refused before sending.
    /// </summary>
    public bool? SendInviteEmail { get; set; }

    /// <summary>Creates or updates one pass of the user, by your pass id.</summary>
    /// <param name="passTemplateId">The template.</param>
    /// <param name="user">The user and their user attributes.</param>
    /// <param name="pass">The pass and its pass attributes.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="user"/> or <paramref name="pass"/> is <see langword="null"/>.</exception>
    public static UpsertUserPassRequest ForPass(string passTemplateId, PassUser user, PassDetails pass)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(pass);
        return new(passTemplateId, user, pass);
    }

    /// <summary>
    /// Updates <em>every</em> pass of the user in the template (creating one if there is none).
    /// Right for one pass per user with no pass attributes.
    /// </summary>
    /// <param name="passTemplateId">The template.</param>
    /// <param name="user">The user and their user attributes.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="user"/> is <see langword="null"/>.</exception>
    public static UpsertUserPassRequest ForAllUserPasses(string passTemplateId, PassUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new(passTemplateId, user, null);
    }
}
