namespace BadgeSdk;

/// <summary>The one rule for options a client already uses: they cannot change under it.</summary>
internal static class FrozenOptions
{
    public static void ThrowIf(bool frozen)
    {
        if (frozen)
        {
            throw new InvalidOperationException("These options are used by a client and can no longer be changed; create new options for a new client.");
        }
    }
}
