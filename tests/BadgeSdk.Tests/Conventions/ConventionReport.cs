namespace BadgeSdk.Tests.Conventions;

/// <summary>Fails a convention test with every violation on its own line, so one run lists all the work.</summary>
internal static class ConventionReport
{
    public static void AssertNone(IReadOnlyCollection<string> violations, string rule)
    {
        if (violations.Count > 0)
        {
            Assert.Fail($"{rule} {violations.Count} violation(s):\n" + string.Join("\n", violations));
        }
    }
}
