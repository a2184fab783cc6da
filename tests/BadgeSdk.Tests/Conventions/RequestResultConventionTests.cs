using BadgeSdk.Tests.Conventions.Fakes;
using Xunit.Abstractions;

namespace BadgeSdk.Tests.Conventions;

/// <summary>
/// Every operation that takes an <c>XxxRequest</c> answers with an <c>XxxResult</c> in the same
/// namespace, so callers can guess one name from the other.
/// </summary>
public sealed class RequestResultConventionTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_public_Request_type_has_a_Result_type_in_its_namespace()
    {
        var (pairs, violations) = Check(typeof(BadgeClient).Assembly.GetExportedTypes());
        output.WriteLine("Pairs found:\n" + string.Join("\n", pairs));
        ConventionReport.AssertNone(violations, "Request types without a matching Result type:");
    }

    [Fact]
    public void The_rule_pairs_a_request_with_its_result_and_reports_a_request_without_one()
    {
        var (pairs, violations) = Check([typeof(FakeOrphanRequest), typeof(FakePairedRequest), typeof(FakePairedResult)]);

        Assert.Equal(["BadgeSdk.Tests.Conventions.Fakes.FakePairedRequest -> BadgeSdk.Tests.Conventions.Fakes.FakePairedResult"], pairs);
        Assert.Equal(["BadgeSdk.Tests.Conventions.Fakes.FakeOrphanRequest: no BadgeSdk.Tests.Conventions.Fakes.FakeOrphanResult"], violations);
    }

    [Fact]
    public void Every_public_Result_type_is_a_BadgeResult_so_its_raw_response_is_reachable()
    {
        var violations = NotBadgeResults(typeof(BadgeClient).Assembly.GetExportedTypes());
        ConventionReport.AssertNone(violations, "Result types that do not derive from BadgeResult:");
    }

    [Fact]
    public void The_BadgeResult_rule_reports_a_result_that_is_not_one()
    {
        Assert.Equal(["BadgeSdk.Tests.Conventions.Fakes.FakePairedResult"], NotBadgeResults([typeof(FakePairedResult), typeof(BadgeSdk.Issuance.IssueBadgeResult)]));
    }

    internal static List<string> NotBadgeResults(IReadOnlyCollection<Type> publicTypes)
        => publicTypes
            .Where(t => !t.IsAbstract && ApiTypeName.WithoutArity(t.Name).EndsWith("Result", StringComparison.Ordinal) && !typeof(BadgeResult).IsAssignableFrom(t))
            .Select(ApiTypeName.Declared)
            .Order(StringComparer.Ordinal)
            .ToList();

    internal static (List<string> Pairs, List<string> Violations) Check(IReadOnlyCollection<Type> publicTypes)
    {
        var pairs = new List<string>();
        var violations = new List<string>();
        foreach (var request in publicTypes.Where(t => ApiTypeName.WithoutArity(t.Name).EndsWith("Request", StringComparison.Ordinal)))
        {
            var expected = ApiTypeName.Declared(request)[..^"Request".Length] + "Result";
            var result = publicTypes.FirstOrDefault(t => ApiTypeName.Declared(t) == expected);
            if (result is null)
            {
                violations.Add($"{ApiTypeName.Declared(request)}: no {expected}");
            }
            else
            {
                pairs.Add($"{ApiTypeName.Declared(request)} -> {expected}");
            }
        }

        return (pairs.Order(StringComparer.Ordinal).ToList(), violations.Order(StringComparer.Ordinal).ToList());
    }
}
