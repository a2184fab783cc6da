using BadgeSdk.Tests.Conventions.Fakes;

namespace BadgeSdk.Tests.Conventions;

/// <summary>
/// Callers catch <see cref="BadgeApiException"/> for anything the SDK raises about a call, and
/// <see cref="ArgumentException"/> for their own mistakes; a public exception outside both escapes those catches.
/// The one deliberate exception is <see cref="BadgeOperationCanceledException"/>: cancellation must
/// stay an <see cref="OperationCanceledException"/> for every caller's cancellation handling.
/// </summary>
public sealed class ExceptionConventionTests
{
    [Fact]
    public void Every_public_exception_derives_from_BadgeApiException_or_ArgumentException()
    {
        ConventionReport.AssertNone(Violations(typeof(BadgeClient).Assembly.GetExportedTypes()), "Public exceptions outside BadgeApiException and ArgumentException:");
    }

    [Fact]
    public void The_rule_reports_an_exception_outside_both_hierarchies()
    {
        Assert.Equal(
            ["BadgeSdk.Tests.Conventions.Fakes.FakeStrayException : System.Exception"],
            Violations([typeof(FakeStrayException), typeof(FakeArgumentException), typeof(BadgeApiException), typeof(BadgeNotFoundException), typeof(BadgeOperationCanceledException)]));
    }

    internal static List<string> Violations(IEnumerable<Type> publicTypes)
        => publicTypes
            .Where(t => typeof(Exception).IsAssignableFrom(t))
            .Where(t => !typeof(BadgeApiException).IsAssignableFrom(t) && !typeof(ArgumentException).IsAssignableFrom(t) && t != typeof(BadgeOperationCanceledException))
            .Select(t => $"{ApiTypeName.Declared(t)} : {ApiTypeName.Of(t.BaseType!)}")
            .Order(StringComparer.Ordinal)
            .ToList();
}
