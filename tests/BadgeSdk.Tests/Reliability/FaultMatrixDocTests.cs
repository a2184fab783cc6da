using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Reliability;

/// <summary>docs/reliability.md shows the fault matrix the tests prove, never an older one.</summary>
public sealed class FaultMatrixDocTests
{
    private const string AcceptVariable = "BADGESDK_ACCEPT_DOCS";
    private const string Begin = "<!-- fault-matrix:begin (generated from tests/BadgeSdk.Tests/Reliability/FaultMatrix.cs) -->";
    private const string End = "<!-- fault-matrix:end -->";

    [Fact]
    public void The_reliability_doc_shows_the_matrix_the_tests_prove()
    {
        var path = Path.Combine(RepositoryRoot.Find(), "docs", "reliability.md");
        var doc = File.ReadAllText(path).ReplaceLineEndings("\n");
        var start = doc.IndexOf(Begin, StringComparison.Ordinal);
        var end = doc.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"docs/reliability.md needs the lines {Begin} and {End} around the matrix.");

        var shown = doc[(start + Begin.Length)..end].Trim('\n');
        var proven = FaultMatrix.ToMarkdown().Trim('\n');
        if (shown == proven)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(path, doc[..(start + Begin.Length)] + "\n" + proven + "\n" + doc[end..]);
            return;
        }

        Assert.Fail($"docs/reliability.md shows another matrix than FaultMatrix.Rows. Rewrite it with:\n  {AcceptVariable}=1 dotnet test tests/BadgeSdk.Tests -c Release --filter FullyQualifiedName~FaultMatrixDocTests");
    }
}
