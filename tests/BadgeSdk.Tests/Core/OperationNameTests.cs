using System.Net;
using BadgeSdk.Issuance;
using BadgeSdk.Loyalty;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Core;

/// <summary>Issuance and Loyalty failures name the operation after the method, as Passes' own test checks for its calls.</summary>
public class OperationNameTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.UtcNow.AddDays(1);

    public static TheoryData<string, Func<HttpMessageHandler, Task>> Calls => new()
    {
        { "IssueBadge", h => Issuance(h).IssueBadgeAsync(new IssueBadgeRequest("b", "Ada")) },
        { "IssueBadgeViaGet", h => Issuance(h).IssueBadgeViaGetAsync(new IssueBadgeRequest("b", "Ada")) },
        { "ListBadgeTemplates", h => Issuance(h).ListBadgeTemplatesAsync() },
        { "CreateBadgeTemplate", h => Issuance(h).CreateBadgeTemplateAsync(new CreateBadgeTemplateRequest("n", "d", "o")) },
        { "ValidateApiKey", h => Issuance(h).ValidateApiKeyAsync() },
        { "CreateBadge", h => Loyalty(h).CreateBadgeAsync(new CreateBadgeRequest("n", Start, Start.AddDays(1)) { Ownership = { RestrictedToOwners = { OwnerType.Loyalty } } }) },
        { "IssueBulk", h => Loyalty(h).IssueBulkAsync(new IssueBulkRequest("b", [1])) },
        { "GetBadge", h => Loyalty(h).GetBadgeAsync("b") },
        { "ListBadges", async h => await Loyalty(h).ListBadgesAsync(new ListBadgesRequest()).ToListAsync() },
        { "ListBadgesPage", h => Loyalty(h).ListBadgesPageAsync(new ListBadgesRequest()) },
        { "FindBadgeByName", h => Loyalty(h).FindBadgeByNameAsync("n") },
        { "UpdateBadge", h => Loyalty(h).UpdateBadgeAsync(new UpdateBadgeRequest("b", "n", Start, Start.AddDays(1)) { Ownership = { RestrictedToOwners = { OwnerType.Loyalty } } }) },
        { "GetFixedWindowDetails", h => Loyalty(h).GetFixedWindowDetailsAsync(new GetFixedWindowDetailsRequest("b")) },
        { "SetBadgeActive", h => Loyalty(h).SetBadgeActiveAsync("b", true) },
        { "ClaimBadge", h => Loyalty(h).ClaimBadgeAsync("b", new BadgeClaim(OwnerType.Loyalty, "r")) },
        { "UnclaimBadge", h => Loyalty(h).UnclaimBadgeAsync("b", new BadgeClaim(OwnerType.Loyalty, "r")) },
    };

    private static readonly HashSet<string> IssuanceOperations = ["IssueBadge", "IssueBadgeViaGet", "ListBadgeTemplates", "CreateBadgeTemplate", "ValidateApiKey"];

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Exception_names_the_method(string operation, Func<HttpMessageHandler, Task> call)
    {
        using var handler = StubHandler.Always(HttpStatusCode.NotFound, """{"message":"gone"}""");

        var error = await Assert.ThrowsAsync<BadgeNotFoundException>(() => call(handler));

        Assert.Equal(operation, error.Operation);
        Assert.Equal(404, error.StatusCode);
        Assert.StartsWith($"{(IssuanceOperations.Contains(operation) ? "IssueBadge" : "Capillary")} {operation} failed with HTTP 404", error.Message, StringComparison.Ordinal);
    }

    private static IssuanceClient Issuance(HttpMessageHandler handler) => new(new IssuanceClientOptions { ApiToken = "t" }, handler);

    private static LoyaltyClient Loyalty(HttpMessageHandler handler) => new(new LoyaltyClientOptions { TillId = "t", Password = "p" }, handler);
}
