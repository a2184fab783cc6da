using System.Reflection;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Conventions;

/// <summary>
/// The public surface of each shipped assembly, per target framework, must match its listing in
/// api/, so every API change shows up in review as a diff of those files.
/// </summary>
public sealed class PublicApiTests
{
    private const string AcceptVariable = "BADGESDK_ACCEPT_API";

    [Theory]
    [InlineData("BadgeSdk", "net10.0", "BadgeSdk.net10.0.txt")]
    [InlineData("BadgeSdk", "net8.0", "BadgeSdk.net8.0.txt")]
    [InlineData("BadgeSdk.Testing", "net10.0", "BadgeSdk.Testing.txt")]
    public void Public_API_matches_its_checked_in_listing(string project, string targetFramework, string listingName)
    {
        var root = RepositoryRoot.Find();
        var built = Path.Combine(root, "src", project, "bin", BuildConfiguration(), targetFramework, project + ".dll");
        Assert.True(File.Exists(built), $"{built} is missing. Building the test project builds it (see the ProjectReferences in BadgeSdk.Tests.csproj).");

        var actual = PublicApiListing.Write(built);
        var listing = Path.Combine(root, "api", listingName);
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(listing)!);
            File.WriteAllText(listing, actual);
            return;
        }

        // Normalized so that a checkout with CRLF line endings still compares equal.
        var expected = File.Exists(listing) ? File.ReadAllText(listing).ReplaceLineEndings("\n") : "";
        if (expected == actual)
        {
            return;
        }

        Assert.Fail(
            $"The public API of {project} ({targetFramework}) differs from api/{listingName} (- listed, + built):\n"
            + LineDiff.Write(Lines(expected), Lines(actual))
            + $"If the change is intended, accept it and commit the api/ files:\n"
            + $"  {AcceptVariable}=1 dotnet test tests/BadgeSdk.Tests -c {BuildConfiguration()} --filter FullyQualifiedName~PublicApi");
    }

    // The SDK is read from its own build output for the configuration this test assembly was built with.
    private static string BuildConfiguration()
        => typeof(PublicApiTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration
            ?? throw new InvalidOperationException("The test assembly has no AssemblyConfiguration attribute.");

    private static string[] Lines(string text) => text.Length == 0 ? [] : text.TrimEnd('\n').Split('\n');
}
