using System.Reflection;
using BadgeSdk.Tests.Conventions.Fakes;

namespace BadgeSdk.Tests.Conventions;

/// <summary>
/// Client calls are mocked by overriding them and cancelled by a token, so every asynchronous
/// public method of a client must be virtual, end in Async and take an optional CancellationToken last.
/// </summary>
public sealed class AsyncMethodConventionTests
{
    [Fact]
    public void Async_client_methods_are_virtual_end_in_Async_and_take_an_optional_CancellationToken_last()
    {
        ConventionReport.AssertNone(Violations(typeof(BadgeClient).Assembly.GetExportedTypes()), "Async methods of BadgeClient types:");
    }

    [Fact]
    public void The_rule_reports_each_broken_method_once_with_every_reason()
    {
        Assert.Equal(
            [
                $"{typeof(FakeClient).FullName}.Count(): not virtual; name does not end in Async; no optional CancellationToken as last parameter",
                $"{typeof(FakeClient).FullName}.ListAsync(CancellationToken): no optional CancellationToken as last parameter",
                $"{typeof(FakeClient).FullName}.SaveAsync(CancellationToken, Int32): no optional CancellationToken as last parameter",
            ],
            Violations([typeof(FakeClient)]));
    }

    internal static List<string> Violations(IEnumerable<Type> types)
    {
        var violations = new List<string>();
        foreach (var client in types.Where(t => t.IsSubclassOf(typeof(BadgeClient))))
        {
            foreach (var method in client.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Where(IsAsync))
            {
                var reasons = new List<string>();
                if (!method.IsVirtual || method.IsFinal)
                {
                    reasons.Add("not virtual");
                }

                if (!method.Name.EndsWith("Async", StringComparison.Ordinal))
                {
                    reasons.Add("name does not end in Async");
                }

                if (method.GetParameters() is not [.., { IsOptional: true } last] || last.ParameterType != typeof(CancellationToken))
                {
                    reasons.Add("no optional CancellationToken as last parameter");
                }

                if (reasons.Count > 0)
                {
                    var parameters = string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name));
                    violations.Add($"{client.FullName}.{method.Name}({parameters}): {string.Join("; ", reasons)}");
                }
            }
        }

        return violations.Order(StringComparer.Ordinal).ToList();
    }

    private static bool IsAsync(MethodInfo method)
    {
        var type = method.ReturnType.IsGenericType ? method.ReturnType.GetGenericTypeDefinition() : method.ReturnType;
        return type == typeof(Task) || type == typeof(Task<>) || type == typeof(ValueTask) || type == typeof(ValueTask<>) || type == typeof(IAsyncEnumerable<>);
    }
}
