using System.Globalization;
using BadgeSdk.Loyalty;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Loyalty;

/// <summary>
/// Every documented example of Capillary's badge groups and badge custom fields (create, get all,
/// get by id, update), sent through the SDK to strict mappings (tests/wiremock/mappings/loyalty,
/// group-* and custom-field-*) and answered with the vendor's own examples, checked field by field;
/// the vendor's 400 examples (an empty object) end typed.
/// </summary>
[Collection(WireMockGroup.Name)]
[Trait("Category", "Contract")]
public sealed class LoyaltyGroupsAndCustomFieldsContractTests(WireMockServer wireMock) : IDisposable
{
    private readonly LoyaltyClient _client = Clients.Loyalty(wireMock.BaseUri);

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task Create_group_doc_example()
    {
        var result = await _client.CreateBadgeGroupAsync(new CreateBadgeGroupRequest("skjhfdjfhgiok", 214748364));

        AssertDocGroup(result.Group, "skjhfdjfhgiok", 214748364, At("2026-01-21T08:34:50Z"));
        Assert.False(result.Recovered);
        Assert.False(result.EarlierAttemptMayHaveBeenProcessed);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public async Task Get_group_doc_example()
    {
        var group = await _client.GetBadgeGroupAsync("69708faa0772ad476ecf8511");

        AssertDocGroup(group, "skjhfdjfhgiok", 214748364, At("2026-01-21T08:34:50Z"));
    }

    [Fact]
    public async Task Update_group_doc_example_on_the_default_inferred_path()
    {
        var result = await _client.UpdateBadgeGroupAsync(new UpdateBadgeGroupRequest("69708faa0772ad476ecf8511", "GROUP_RANK_59", 1));

        AssertDocGroup(result.Group, "GROUP_RANK_59", 1, At("2026-02-16T13:05:22Z"));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public async Task Update_group_doc_example_on_the_reference_pages_own_path_when_configured()
    {
        using var client = Clients.Loyalty(wireMock.BaseUri, o => o.UpdateBadgeGroupPath = "/api_gateway/v1/badges/");

        var result = await client.UpdateBadgeGroupAsync(new UpdateBadgeGroupRequest("69708faa0772ad476ecf8511", "GROUP_RANK_59", 1));

        Assert.Equal("GROUP_RANK_59", result.Group.Name);
    }

    [Fact]
    public async Task Get_all_groups_doc_example_reads_every_entry_and_the_paging()
    {
        var page = await _client.ListBadgeGroupsPageAsync(new ListBadgeGroupsRequest { PageSize = 100 });

        Assert.Equal((0, 100, 891L, 9, true), (page.Page, page.PageSize, page.Total, page.TotalPages, page.HasMore));
        Assert.Equal(100, page.Groups.Count);
        Assert.Equal(100, page.Groups.Select(g => g.Id).Distinct().Count());
        Assert.All(page.Groups, g => Assert.Equal((4000106L, true, 50677380L), (g.OrgId!.Value, g.IsActive!.Value, g.CreatedBy!.Value)));
        var first = page.Groups[0];
        Assert.Equal(("6560ad9c7e3e81134376008b", "cafeb9fe", 1), (first.Id, first.Name, first.Rank!.Value));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1700834716366), first.CreatedOn);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1700834716366), first.LastUpdatedOn);
        Assert.Equal(50677380, first.LastUpdatedBy);
        var last = page.Groups[^1];
        Assert.Equal(("6565d4fcc82c86460ad06226", "60ae8a88", 2), (last.Id, last.Name, last.Rank!.Value));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1701172476010), last.CreatedOn);

        // The four entries whose update came after their creation.
        var changed = page.Groups.Where(g => g.CreatedOn != g.LastUpdatedOn).ToList();
        Assert.Equal(["cf8b629c", "1a04d78d", "90d749ae", "4a0d9fb7"], changed.Select(g => g.Name));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1701101297585), changed[^1].LastUpdatedOn);
    }

    [Fact]
    public async Task Create_custom_field_doc_example()
    {
        var result = await _client.CreateCustomFieldAsync(new CreateCustomFieldRequest("CF20 dates", CustomFieldDataType.Text) { DefaultValue = "0" });

        var field = result.Field;
        Assert.Equal(("69c0e1c823ba8848e5979a67", 100737L, "CF20 dates"), (field.Id, field.OrgId!.Value, field.Name));
        Assert.Equal((false, "0", true, (CustomFieldDataType?)CustomFieldDataType.Text), (field.IsMandatory!.Value, field.DefaultValue, field.IsActive!.Value, field.DataType));
        Assert.Equal(At("2026-03-23T06:46:32Z"), field.CreatedOn);
        Assert.Equal(At("2026-03-23T06:46:32Z"), field.LastUpdatedOn);
        Assert.Equal((75197372L, 75197372L), (field.CreatedBy!.Value, field.LastUpdatedBy!.Value));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public async Task Get_custom_field_doc_example_with_a_null_default()
    {
        var field = await _client.GetCustomFieldAsync("68c80d2e28a4f97c042c5daa");

        Assert.Equal(("68c80d2e28a4f97c042c5daa", 100737L, "CF 155"), (field.Id, field.OrgId!.Value, field.Name));
        Assert.Null(field.DefaultValue);
        Assert.Equal((false, true), (field.IsMandatory!.Value, field.IsActive!.Value));
        Assert.Equal(CustomFieldDataType.Text, field.DataType);
        Assert.Equal(At("2025-09-15T12:57:18Z"), field.CreatedOn);
        Assert.Equal(At("2025-11-11T06:46:19Z"), field.LastUpdatedOn);
        Assert.Equal((75176138L, 75176138L), (field.CreatedBy!.Value, field.LastUpdatedBy!.Value));
    }

    [Fact]
    public async Task Update_custom_field_doc_example()
    {
        var request = new UpdateCustomFieldRequest("6995bc2a306bcf780036c094", "CF32 date", CustomFieldDataType.Text) { DefaultValue = "cgvhjb", IsActive = true };

        var result = await _client.UpdateCustomFieldAsync(request);

        var field = result.Field;
        Assert.Equal(("6995bc2a306bcf780036c094", "CF32 date", "cgvhjb"), (field.Id, field.Name, field.DefaultValue));
        Assert.Equal(At("2026-02-18T13:18:34Z"), field.CreatedOn);
        Assert.Equal(At("2026-02-19T10:23:23Z"), field.LastUpdatedOn);
        Assert.Equal(CustomFieldDataType.Text, field.DataType);
    }

    [Fact]
    public async Task Get_all_custom_fields_doc_example_with_every_documented_parameter()
    {
        var request = new ListCustomFieldsRequest { IsActive = true, SortOn = CustomFieldSortField.LastUpdatedDate, Order = ListOrder.Descending, PageSize = 10 };

        var page = await _client.ListCustomFieldsPageAsync(request);

        Assert.Equal((0, 10, 18L, 2, true), (page.Page, page.PageSize, page.Total, page.TotalPages, page.HasMore));
        Assert.Equal(
            ["CF32 date", "CF19 date", "CF18 date", "CF17 date", "CF31 date23", "Test CF 01", "Test CF", "CF 155", "CF 177", "CF 09"],
            page.Fields.Select(f => f.Name));
        Assert.Equal(["cgvhjb", "", "0", null, "cgvhjb", "0", "null", null, "0", "null"], page.Fields.Select(f => f.DefaultValue));
        Assert.Equal([false, false, false, false, false, true, true, false, true, true], page.Fields.Select(f => f.IsMandatory!.Value));
        Assert.Equal(
            [CustomFieldDataType.WholeNumber, CustomFieldDataType.WholeNumber],
            page.Fields.Where(f => f.DataType != CustomFieldDataType.Text).Select(f => f.DataType!.Value));
        Assert.Equal(["Test CF 01", "CF 177"], page.Fields.Where(f => f.DataType == CustomFieldDataType.WholeNumber).Select(f => f.Name));
        var first = page.Fields[0];
        Assert.Equal(("6995bc2a306bcf780036c094", 100737L, 75197372L), (first.Id, first.OrgId!.Value, first.CreatedBy!.Value));
        Assert.Equal((At("2026-02-18T13:18:34Z"), At("2026-02-19T10:23:23Z")), (first.CreatedOn, first.LastUpdatedOn));
        Assert.Equal(75176138, page.Fields[^1].LastUpdatedBy);
        Assert.All(page.Fields, f => Assert.True(f.IsActive));
    }

    public static TheoryData<string, string, string, string?> DocFourHundreds => new()
    {
        { "POST", "api_gateway/v1/badges/group", "create-badges-group", """{"name":"g","rank":1}""" },
        { "GET", "api_gateway/v1/badges/group?page=0", "get-all-groups", null },
        { "GET", "api_gateway/v1/badges/group/g-1", "get-group-by-id", null },
        { "PUT", "api_gateway/v1/badges/group/g-1", "update-badges-group", """{"name":"g","rank":1}""" },
        { "POST", "api_gateway/v1/badges/customField", "create-custom-field", """{"name":"f","isMandatory":false,"dataType":"STRING"}""" },
        { "GET", "api_gateway/v1/badges/customField?page=0", "get-all-custom-fields", null },
        { "GET", "api_gateway/v1/badges/customField/f-1", "get-custom-field-by-id", null },
        { "PUT", "api_gateway/v1/badges/customField/f-1", "update-custom-field-badge", """{"name":"f","isMandatory":false,"isActive":true,"dataType":"STRING"}""" },
    };

    [Theory]
    [MemberData(nameof(DocFourHundreds))]
    public async Task The_doc_400_examples_an_empty_object_end_as_a_validation_error(string method, string path, string folder, string? body)
    {
        var prefix = $"/t/{Guid.NewGuid():N}/";
        var response = $$"""{"status":400,"headers":{"Content-Type":"application/json"},"bodyFileName":"capillary/{{folder}}/response-400-result.json"}""";
        await wireMock.StubAsync(CapillaryMapping.Of(method, prefix + path, response, body));
        using var client = Clients.Loyalty(new Uri(wireMock.BaseUri, prefix));

        Func<Task> call = folder switch
        {
            "create-badges-group" => () => client.CreateBadgeGroupAsync(new CreateBadgeGroupRequest("g", 1)),
            "get-all-groups" => () => client.ListBadgeGroupsPageAsync(new ListBadgeGroupsRequest()),
            "get-group-by-id" => () => client.GetBadgeGroupAsync("g-1"),
            "update-badges-group" => () => client.UpdateBadgeGroupAsync(new UpdateBadgeGroupRequest("g-1", "g", 1)),
            "create-custom-field" => () => client.CreateCustomFieldAsync(new CreateCustomFieldRequest("f", CustomFieldDataType.Text)),
            "get-all-custom-fields" => () => client.ListCustomFieldsPageAsync(new ListCustomFieldsRequest()),
            "get-custom-field-by-id" => () => client.GetCustomFieldAsync("f-1"),
            _ => () => client.UpdateCustomFieldAsync(new UpdateCustomFieldRequest("f-1", "f", CustomFieldDataType.Text)),
        };

        var error = await Assert.ThrowsAsync<BadgeValidationException>(call);

        Assert.Equal(400, error.StatusCode);
        Assert.False(error.MayHaveBeenProcessed);
        Assert.Single(await wireMock.RequestsAsync(prefix));
    }

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);

    private static void AssertDocGroup(BadgeGroup group, string name, int rank, DateTimeOffset lastUpdatedOn)
    {
        Assert.Equal("69708faa0772ad476ecf8511", group.Id);
        Assert.Equal(100737, group.OrgId);
        Assert.Equal(name, group.Name);
        Assert.Equal(rank, group.Rank);
        Assert.Equal(75197372, group.CreatedBy);
        Assert.Equal(At("2026-01-21T08:34:50Z"), group.CreatedOn);
        Assert.Equal(75197372, group.LastUpdatedBy);
        Assert.Equal(lastUpdatedOn, group.LastUpdatedOn);
        Assert.True(group.IsActive);
    }
}
