using BadgeSdk.Loyalty;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Loyalty;

/// <summary>
/// The badge list over real HTTP: three pages read through <see cref="LoyaltyClient.ListBadgesAsync"/>
/// and page by page, a server that ignores the page parameter, and finding a badge by its exact,
/// case-sensitive name when the <c>name</c> filter matches loosely.
/// </summary>
[Collection(WireMockGroup.Name)]
[Trait("Category", "Contract")]
public sealed class LoyaltyListAndFindTests(WireMockServer wireMock)
{
    private const string Path = "api_gateway/v1/badges/badgeMeta";

    [Fact]
    public async Task Three_pages_through_the_async_enumerable_in_order_each_read_once()
    {
        var prefix = await StubThreePagesAsync();
        using var client = Clients.Loyalty(new Uri(wireMock.BaseUri, prefix));

        var names = new List<string?>();
        await foreach (var badge in client.ListBadgesAsync(new ListBadgesRequest { Status = { BadgeStatus.Live }, PageSize = 2 }))
        {
            names.Add(badge.Name);
        }

        Assert.Equal(["b1", "b2", "b3", "b4", "b5"], names);
        var journal = await wireMock.RequestsAsync(prefix);
        Assert.Equal(
            [prefix + Path + "?status=LIVE&page=0&limit=2", prefix + Path + "?status=LIVE&page=1&limit=2", prefix + Path + "?status=LIVE&page=2&limit=2"],
            journal.Select(r => r.Url));
    }

    [Fact]
    public async Task Three_pages_one_at_a_time_with_their_paging_info()
    {
        var prefix = await StubThreePagesAsync();
        using var client = Clients.Loyalty(new Uri(wireMock.BaseUri, prefix));
        var request = new ListBadgesRequest { Status = { BadgeStatus.Live }, PageSize = 2 };

        var pages = new List<ListBadgesResult>();
        var page = 0;
        do
        {
            pages.Add(await client.ListBadgesPageAsync(request, page++));
        }
        while (pages[^1].HasMore);

        Assert.Equal([0, 1, 2], pages.Select(p => p.Page));
        Assert.All(pages, p => Assert.Equal((2, 5L, 3), (p.PageSize, p.Total, p.TotalPages)));
        Assert.Equal([true, true, false], pages.Select(p => p.HasMore));
        Assert.Equal(["b1", "b2", "b3", "b4", "b5"], pages.SelectMany(p => p.Badges).Select(b => b.Name));
    }

    [Fact]
    public async Task Stopping_early_reads_no_further_page()
    {
        var prefix = await StubThreePagesAsync();
        using var client = Clients.Loyalty(new Uri(wireMock.BaseUri, prefix));

        var first = await client.ListBadgesAsync(new ListBadgesRequest { Status = { BadgeStatus.Live }, PageSize = 2 }).FirstAsync();

        Assert.Equal("b1", first.Name);
        Assert.Single(await wireMock.RequestsAsync(prefix));
    }

    [Fact]
    public async Task A_server_that_ignores_the_page_parameter_fails_naming_the_setting_instead_of_looping()
    {
        var prefix = $"/t/{Guid.NewGuid():N}/";
        await wireMock.StubAsync(CapillaryMapping.Of("GET", prefix + Path + "?page=0&limit=2", CapillaryMapping.Ok(Page(0, ["b1", "b2"], size: 2, totalPages: 2))));

        // A cluster that pages under another parameter answers page 0 again.
        await wireMock.StubAsync(CapillaryMapping.Of("GET", prefix + Path + "?page=1&limit=2", CapillaryMapping.Ok(Page(0, ["b1", "b2"], size: 2, totalPages: 2))));
        using var client = Clients.Loyalty(new Uri(wireMock.BaseUri, prefix));

        var error = await Assert.ThrowsAsync<BadgeApiException>(async () => await client.ListBadgesAsync(new ListBadgesRequest { PageSize = 2 }).ToListAsync());

        Assert.Contains(nameof(LoyaltyClientOptions.ListBadgesPageParameterName), error.Message, StringComparison.Ordinal);
        Assert.Equal("ListBadges", error.Operation);
    }

    [Fact]
    public async Task Find_by_name_returns_the_exact_match_not_the_first_loose_hit()
    {
        using var client = Clients.Loyalty(wireMock.BaseUri);

        // The doc example answers name=Badge Issue earn26 with earn27 first.
        var badge = await client.FindBadgeByNameAsync("Badge Issue earn26");

        Assert.NotNull(badge);
        Assert.Equal("66866fc03778145cbb9118ae", badge.Id);
        Assert.Equal("Badge Issue earn26", badge.Name);
    }

    [Fact]
    public async Task Find_by_name_reads_every_page_and_returns_null_without_an_exact_case_sensitive_match()
    {
        var prefix = $"/t/{Guid.NewGuid():N}/";
        await wireMock.StubAsync(CapillaryMapping.Of("GET", prefix + Path + "?name=Spring%20Badge&page=0", CapillaryMapping.Ok(Page(0, ["Spring Badge 2", "spring badge"], totalPages: 2))));
        await wireMock.StubAsync(CapillaryMapping.Of("GET", prefix + Path + "?name=Spring%20Badge&page=1", CapillaryMapping.Ok(Page(1, ["SPRING BADGE"], totalPages: 2))));
        using var client = Clients.Loyalty(new Uri(wireMock.BaseUri, prefix));

        Assert.Null(await client.FindBadgeByNameAsync("Spring Badge"));
        Assert.Equal(2, (await wireMock.RequestsAsync(prefix)).Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task Invalid_list_requests_are_refused_before_sending(int pageSize)
    {
        using var handler = StubHandler.Always(System.Net.HttpStatusCode.OK);
        using var client = new LoyaltyClient(new LoyaltyClientOptions { TillId = "t", Password = "p" }, handler);

        var error = Assert.Throws<BadgeValidationException>(() => client.ListBadgesAsync(new ListBadgesRequest { PageSize = pageSize }));
        await Assert.ThrowsAsync<BadgeValidationException>(() => client.ListBadgesPageAsync(new ListBadgesRequest(), -1));
        await Assert.ThrowsAsync<BadgeValidationException>(() => client.FindBadgeByNameAsync(" "));
        await Assert.ThrowsAsync<BadgeValidationException>(() => client.GetBadgeAsync(""));

        Assert.Equal("PageSize", error.Field);
        Assert.Empty(handler.Requests);
    }

    private async Task<string> StubThreePagesAsync()
    {
        var prefix = $"/t/{Guid.NewGuid():N}/";
        string[][] pages = [["b1", "b2"], ["b3", "b4"], ["b5"]];
        for (var i = 0; i < pages.Length; i++)
        {
            await wireMock.StubAsync(CapillaryMapping.Of("GET", $"{prefix}{Path}?status=LIVE&page={i}&limit=2", CapillaryMapping.Ok(Page(i, pages[i], size: 2, total: 5, totalPages: 3))));
        }

        return prefix;
    }

    private static string Page(int page, string[] names, int size = 10, long? total = null, int totalPages = 1)
    {
        var items = string.Join(',', names.Select((n, i) => $$"""{"id":"id-{{page}}-{{i}}","name":"{{n}}","status":"LIVE","earnType":"EARN","active":true}"""));
        var paging = $$"""{"page":{{page}},"size":{{size}},"total":{{total ?? names.Length}},"totalPages":{{totalPages}}}""";
        return $$$"""{"data":{"metaBasicDetails":[{{{items}}}],"pagination":{{{paging}}}},"errors":[],"warnings":[]}""";
    }
}
