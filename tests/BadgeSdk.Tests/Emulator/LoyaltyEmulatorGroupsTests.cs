using BadgeSdk.Loyalty;
using BadgeSdk.Testing;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Emulator;

/// <summary>Badge groups and custom fields against the emulated Capillary API, through the SDK: every operation, unique group names, paging and 404s.</summary>
public sealed class LoyaltyEmulatorGroupsTests : IAsyncLifetime
{
    private BadgeEmulator _emulator = null!;
    private LoyaltyClient _client = null!;

    public async Task InitializeAsync()
    {
        _emulator = await BadgeEmulator.StartAsync();
        _client = _emulator.CreateLoyaltyClient(Clients.Shorten);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task Group_create_get_update_list_and_find_round_trip()
    {
        var created = await _client.CreateBadgeGroupAsync(new CreateBadgeGroupRequest("Gold", 2));
        var read = await _client.GetBadgeGroupAsync(created.Group.Id);
        var updated = await _client.UpdateBadgeGroupAsync(new UpdateBadgeGroupRequest(created.Group.Id, "Gold+", 1));
        var listed = await _client.ListBadgeGroupsAsync(new ListBadgeGroupsRequest()).ToListAsync();
        var found = await _client.FindBadgeGroupByNameAsync("Gold+");

        Assert.False(created.Recovered);
        Assert.Equal(("Gold", 2, true), (read.Name, read.Rank!.Value, read.IsActive!.Value));
        Assert.NotNull(read.CreatedOn);
        Assert.Equal((created.Group.Id, "Gold+", 1), (updated.Group.Id, updated.Group.Name, updated.Group.Rank!.Value));
        Assert.Equal(created.Group.Id, Assert.Single(listed).Id);
        Assert.Equal(created.Group.Id, found?.Id);
        Assert.Null(await _client.FindBadgeGroupByNameAsync("gold+"));
    }

    [Fact]
    public async Task Group_update_answers_on_the_reference_pages_own_path_too()
    {
        var created = await _client.CreateBadgeGroupAsync(new CreateBadgeGroupRequest("Bronze", 5));
        using var client = _emulator.CreateLoyaltyClient(o =>
        {
            Clients.Shorten(o);
            o.UpdateBadgeGroupPath = "api_gateway/v1/badges";
        });

        var updated = await client.UpdateBadgeGroupAsync(new UpdateBadgeGroupRequest(created.Group.Id, "Bronze 2", 6));

        Assert.Equal(("Bronze 2", 6), (updated.Group.Name, updated.Group.Rank!.Value));
    }

    [Fact]
    public async Task Group_names_are_unique_and_case_sensitive()
    {
        await _client.CreateBadgeGroupAsync(new CreateBadgeGroupRequest("Gold", 1));
        var other = await _client.CreateBadgeGroupAsync(new CreateBadgeGroupRequest("gold", 1));

        var duplicate = await Assert.ThrowsAsync<BadgeValidationException>(() => _client.CreateBadgeGroupAsync(new CreateBadgeGroupRequest("Gold", 3)));
        var renamed = await Assert.ThrowsAsync<BadgeValidationException>(() => _client.UpdateBadgeGroupAsync(new UpdateBadgeGroupRequest(other.Group.Id, "Gold", 1)));

        Assert.Equal(400, duplicate.StatusCode);
        Assert.Equal(400, renamed.StatusCode);
        Assert.Equal(2, (await _client.ListBadgeGroupsAsync(new ListBadgeGroupsRequest()).ToListAsync()).Count);
    }

    [Fact]
    public async Task Groups_page_three_ways_and_unknown_ids_are_not_found()
    {
        foreach (var name in new[] { "g1", "g2", "g3", "g4", "g5" })
        {
            await _client.CreateBadgeGroupAsync(new CreateBadgeGroupRequest(name, 1));
        }

        var request = new ListBadgeGroupsRequest { PageSize = 2 };
        var all = await _client.ListBadgeGroupsAsync(request).Select(g => g.Name).ToListAsync();
        var last = await _client.ListBadgeGroupsPageAsync(request, 2);
        var descending = await _client.ListBadgeGroupsAsync(new ListBadgeGroupsRequest { PageSize = 2, Order = ListOrder.Descending }).Select(g => g.Name).ToListAsync();

        Assert.Equal(["g1", "g2", "g3", "g4", "g5"], all);
        Assert.Equal((2, 3, 5L, false, "g5"), (last.Page, last.TotalPages, last.Total, last.HasMore, Assert.Single(last.Groups).Name));
        Assert.Equal(["g5", "g4", "g3", "g2", "g1"], descending);
        Assert.Equal(404, (await Assert.ThrowsAsync<BadgeNotFoundException>(() => _client.GetBadgeGroupAsync("nope"))).StatusCode);
        await Assert.ThrowsAsync<BadgeNotFoundException>(() => _client.UpdateBadgeGroupAsync(new UpdateBadgeGroupRequest("nope", "x", 1)));
    }

    [Fact]
    public async Task Custom_field_create_get_update_round_trip()
    {
        var created = await _client.CreateCustomFieldAsync(new CreateCustomFieldRequest("Store", CustomFieldDataType.Text) { DefaultValue = "none" });
        var read = await _client.GetCustomFieldAsync(created.Field.Id);
        var update = new UpdateCustomFieldRequest(created.Field.Id, "Store count", CustomFieldDataType.WholeNumber) { IsMandatory = true, DefaultValue = "0", IsActive = false };
        var updated = await _client.UpdateCustomFieldAsync(update);
        var reread = await _client.GetCustomFieldAsync(created.Field.Id);

        Assert.Equal(("Store", "none", false, true), (read.Name, read.DefaultValue, read.IsMandatory!.Value, read.IsActive!.Value));
        Assert.Equal(CustomFieldDataType.Text, read.DataType);
        Assert.Equal(updated.Field, reread);
        Assert.Equal(("Store count", "0", true, false), (reread.Name, reread.DefaultValue, reread.IsMandatory!.Value, reread.IsActive!.Value));
        Assert.Equal(CustomFieldDataType.WholeNumber, reread.DataType);
        Assert.Equal(read.CreatedOn, reread.CreatedOn);
    }

    [Fact]
    public async Task Custom_fields_page_three_ways_filter_on_active_and_refuse_an_unknown_type()
    {
        for (var i = 1; i <= 5; i++)
        {
            var created = await _client.CreateCustomFieldAsync(new CreateCustomFieldRequest($"f{i}", CustomFieldDataType.Boolean));
            if (i == 3)
            {
                await _client.UpdateCustomFieldAsync(new UpdateCustomFieldRequest(created.Field.Id, "f3", CustomFieldDataType.Boolean) { IsActive = false });
            }
        }

        var all = await _client.ListCustomFieldsAsync(new ListCustomFieldsRequest { PageSize = 2 }).Select(f => f.Name).ToListAsync();
        var pages = new List<ListCustomFieldsResult>();
        for (var page = 0; page == 0 || pages[^1].HasMore; page++)
        {
            pages.Add(await _client.ListCustomFieldsPageAsync(new ListCustomFieldsRequest { PageSize = 2 }, page));
        }

        var active = await _client.ListCustomFieldsAsync(new ListCustomFieldsRequest { IsActive = true }).Select(f => f.Name).ToListAsync();
        var inactive = await _client.ListCustomFieldsAsync(new ListCustomFieldsRequest { IsActive = false }).Select(f => f.Name).ToListAsync();
        var unknown = await Assert.ThrowsAsync<BadgeValidationException>(() => _client.CreateCustomFieldAsync(new CreateCustomFieldRequest("x", new CustomFieldDataType("DECIMAL"))));

        Assert.Equal(["f1", "f2", "f3", "f4", "f5"], all);
        Assert.Equal(3, pages.Count);
        Assert.Equal(["f1", "f2", "f3", "f4", "f5"], pages.SelectMany(p => p.Fields).Select(f => f.Name));
        Assert.Equal(["f1", "f2", "f4", "f5"], active);
        Assert.Equal(["f3"], inactive);
        Assert.Contains("dataType", unknown.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<BadgeNotFoundException>(() => _client.GetCustomFieldAsync("nope"));
        await Assert.ThrowsAsync<BadgeNotFoundException>(() => _client.UpdateCustomFieldAsync(new UpdateCustomFieldRequest("nope", "f", CustomFieldDataType.Date)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Group_create_under_a_reset_ends_with_exactly_one_group(bool afterProcessing)
    {
        _emulator.Faults.ResetNext(1, afterProcessing, pathContains: "badges/group");

        var result = await _client.CreateBadgeGroupAsync(new CreateBadgeGroupRequest("Platinum", 1));

        Assert.Equal(afterProcessing, result.Recovered);
        Assert.True(result.EarlierAttemptMayHaveBeenProcessed);
        var stored = Assert.Single(await _client.ListBadgeGroupsAsync(new ListBadgeGroupsRequest()).ToListAsync());
        Assert.Equal((result.Group.Id, "Platinum"), (stored.Id, stored.Name));
    }

    [Fact]
    public async Task Custom_field_create_under_a_reset_after_processing_says_so_and_is_not_sent_twice()
    {
        _emulator.Faults.ResetNext(1, afterProcessing: true, pathContains: "customField");

        var error = await Assert.ThrowsAnyAsync<BadgeApiException>(() => _client.CreateCustomFieldAsync(new CreateCustomFieldRequest("Store", CustomFieldDataType.Text)));

        Assert.True(error.MayHaveBeenProcessed);
        Assert.Equal("Store", Assert.Single(await _client.ListCustomFieldsAsync(new ListCustomFieldsRequest()).ToListAsync()).Name);
    }
}
