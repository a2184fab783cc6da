namespace BadgeSdk.Tests.Infrastructure;

/// <summary>Finds the repository root (the folder holding BadgeSdk.sln) from the test's output folder.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BadgeSdk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"BadgeSdk.sln was not found above {AppContext.BaseDirectory}.");
    }
}
