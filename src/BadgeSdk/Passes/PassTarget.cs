namespace BadgeSdk.Passes;

/// <summary>Which passes an upsert touches.</summary>
public enum PassTarget
{
    /// <summary>One pass, by its id: updated if it exists, created if not.</summary>
    SinglePass,

    /// <summary>Every pass of the user in the template (one is created if there is none). No <c>pass</c> member is sent.</summary>
    AllUserPassesInTemplate,
}
