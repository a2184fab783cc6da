using System.Net;
using BadgeSdk.Loyalty;
using BadgeSdk.Tests.Infrastructure;

namespace BadgeSdk.Tests.Loyalty;

/// <summary>Bad group and custom field input is refused before anything is sent, naming the field; a bad group-update path is refused when the client is built.</summary>
public sealed class LoyaltyGroupsAndCustomFieldsValidationTests : IDisposable
{
    private readonly StubHandler _handler = StubHandler.Always(HttpStatusCode.OK);
    private readonly LoyaltyClient _client;

    public LoyaltyGroupsAndCustomFieldsValidationTests() => _client = new LoyaltyClient(new LoyaltyClientOptions { TillId = "t", Password = "p" }, _handler);

    public void Dispose()
    {
        _client.Dispose();
        _handler.Dispose();
    }

    public static TheoryData<string, string> Cases => new()
    {
        { "create group, blank name", "Name" },
        { "create group, lone surrogate", "Name" },
        { "update group, blank id", "GroupId" },
        { "update group, blank name", "Name" },
        { "get group, blank id", "groupId" },
        { "find group, blank name", "name" },
        { "list groups, page size 0", "PageSize" },
        { "group page -1", "page" },
        { "create field, blank name", "Name" },
        { "create field, no data type", "DataType" },
        { "create field, lone surrogate default", "DefaultValue" },
        { "update field, blank id", "CustomFieldId" },
        { "update field, no data type", "DataType" },
        { "get field, blank id", "customFieldId" },
        { "list fields, page size 0", "PageSize" },
        { "field page -1", "page" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_is_refused_naming_the_field_and_nothing_is_sent(string name, string field)
    {
        Func<Task> call = name switch
        {
            "create group, blank name" => () => _client.CreateBadgeGroupAsync(new CreateBadgeGroupRequest(" ", 1)),
            "create group, lone surrogate" => () => _client.CreateBadgeGroupAsync(new CreateBadgeGroupRequest("a\uD800", 1)),
            "update group, blank id" => () => _client.UpdateBadgeGroupAsync(new UpdateBadgeGroupRequest("", "g", 1)),
            "update group, blank name" => () => _client.UpdateBadgeGroupAsync(new UpdateBadgeGroupRequest("g-1", "", 1)),
            "get group, blank id" => () => _client.GetBadgeGroupAsync(" "),
            "find group, blank name" => () => _client.FindBadgeGroupByNameAsync(""),
            "list groups, page size 0" => () => Task.FromResult(_client.ListBadgeGroupsAsync(new ListBadgeGroupsRequest { PageSize = 0 })),
            "group page -1" => () => _client.ListBadgeGroupsPageAsync(new ListBadgeGroupsRequest(), -1),
            "create field, blank name" => () => _client.CreateCustomFieldAsync(new CreateCustomFieldRequest("", CustomFieldDataType.Text)),
            "create field, no data type" => () => _client.CreateCustomFieldAsync(new CreateCustomFieldRequest("f", default)),
            "create field, lone surrogate default" => () => _client.CreateCustomFieldAsync(new CreateCustomFieldRequest("f", CustomFieldDataType.Text) { DefaultValue = "\uDC00" }),
            "update field, blank id" => () => _client.UpdateCustomFieldAsync(new UpdateCustomFieldRequest(" ", "f", CustomFieldDataType.Date)),
            "update field, no data type" => () => _client.UpdateCustomFieldAsync(new UpdateCustomFieldRequest("f-1", "f", default)),
            "get field, blank id" => () => _client.GetCustomFieldAsync(""),
            "list fields, page size 0" => () => Task.FromResult(_client.ListCustomFieldsAsync(new ListCustomFieldsRequest { PageSize = 0 })),
            _ => () => _client.ListCustomFieldsPageAsync(new ListCustomFieldsRequest(), -1),
        };

        var error = await Assert.ThrowsAsync<BadgeValidationException>(call);

        Assert.Equal(field, error.Field);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task Null_requests_are_argument_null()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => _client.CreateBadgeGroupAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => _client.UpdateBadgeGroupAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => _client.CreateCustomFieldAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => _client.UpdateCustomFieldAsync(null!));
        Assert.Throws<ArgumentNullException>(() => _client.ListCustomFieldsAsync(null!));
        Assert.Throws<ArgumentNullException>(() => _client.ListBadgeGroupsAsync(null!));
    }

    [Theory]
    [InlineData("")]
    [InlineData("https://elsewhere.example/badges")]
    [InlineData("api_gateway/v1/badges?x=1")]
    [InlineData("api_gateway/../badges")]
    public void A_group_update_path_that_is_not_a_plain_relative_path_is_refused_naming_the_setting(string path)
    {
        var options = new LoyaltyClientOptions { TillId = "t", Password = "p", UpdateBadgeGroupPath = path };

        var error = Assert.ThrowsAny<ArgumentException>(() => new LoyaltyClient(options, _handler));

        Assert.Contains(nameof(LoyaltyClientOptions.UpdateBadgeGroupPath), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_data_types_from_the_server_round_trip_unchanged()
    {
        using var handler = new StubHandler((_, _) => StubHandler.Json(HttpStatusCode.OK, """{"data":{"id":"f-1","dataType":"DECIMAL"},"errors":[],"warnings":[]}"""));
        using var client = new LoyaltyClient(new LoyaltyClientOptions { TillId = "t", Password = "p" }, handler);

        var field = await client.GetCustomFieldAsync("f-1");

        Assert.Equal("DECIMAL", field.DataType?.Value);
        Assert.Null(field.Name);
    }
}
