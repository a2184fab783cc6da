namespace BadgeSdk.Tests.Conventions;

public sealed class LineDiffTests
{
    [Fact]
    public void Shows_removed_then_added_lines_under_the_type_they_belong_to()
    {
        string[] before = ["public class A", "    public void Keep()", "    public void Old()", "public class B", "    public int X { get; }"];
        string[] after = ["public class A", "    public void Keep()", "    public void New()", "public sealed class B", "    public int X { get; }"];

        Assert.Equal(
            """
            @@ public class A
            -     public void Old()
            - public class B
            @@ public class A
            +     public void New()
            + public sealed class B

            """,
            LineDiff.Write(before, after));
    }

    [Fact]
    public void Is_empty_for_equal_listings()
        => Assert.Equal("", LineDiff.Write(["public class A", "    public A()"], ["public class A", "    public A()"]));
}
