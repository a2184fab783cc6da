using System.Text.RegularExpressions;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Conventions;

/// <summary>Folder = namespace in every shipped project, so a type is found where its namespace says.</summary>
public partial class NamespaceConventionTests
{
    // The .NET convention for AddXxx extensions: they live where IServiceCollection does.
    private static readonly HashSet<string> Exceptions = ["BadgeSdk/DependencyInjection/BadgeSdkServiceCollectionExtensions.cs"];

    [Theory]
    [InlineData("BadgeSdk")]
    [InlineData("BadgeSdk.Testing")]
    [InlineData("BadgeSdk.Generators")]
    public void Every_file_declares_the_namespace_of_its_folder(string project)
    {
        var src = Path.Combine(RepositoryRoot.Find(), "src");

        var violations = Check(src, project).ToList();

        ConventionReport.AssertNone(violations, $"Files in src/{project} whose namespace is not their folder (file -> namespace):");
    }

    [Fact]
    public void The_rule_reports_a_file_outside_its_namespace()
    {
        var root = Directory.CreateTempSubdirectory();
        try
        {
            Directory.CreateDirectory(Path.Combine(root.FullName, "BadgeSdk", "Core"));
            File.WriteAllText(Path.Combine(root.FullName, "BadgeSdk", "Core", "Right.cs"), "namespace BadgeSdk.Core;\n");
            File.WriteAllText(Path.Combine(root.FullName, "BadgeSdk", "Core", "Wrong.cs"), "namespace BadgeSdk;\n");

            Assert.Equal(["BadgeSdk/Core/Wrong.cs -> BadgeSdk"], Check(root.FullName, "BadgeSdk"));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    private static IEnumerable<string> Check(string src, string project)
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(src, project), "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(src, file).Replace('\\', '/');
            if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal) || Exceptions.Contains(relative))
            {
                continue;
            }

            var declared = Namespace().Match(File.ReadAllText(file)).Groups[1].Value;
            var expected = Path.GetDirectoryName(relative)!.Replace('\\', '/').Replace('/', '.');
            if (declared != expected)
            {
                yield return $"{relative} -> {declared}";
            }
        }
    }

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex Namespace();
}
