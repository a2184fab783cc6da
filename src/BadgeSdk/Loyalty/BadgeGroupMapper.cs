using BadgeSdk.Loyalty.Wire;

namespace BadgeSdk.Loyalty;

/// <summary>Turns badge groups and custom fields between the public models and Capillary's wire shape, and builds their paths.</summary>
internal static class BadgeGroupMapper
{
    public const string GroupPath = "api_gateway/v1/badges/group";

    public const string CustomFieldPath = "api_gateway/v1/badges/customField";

    public static string ListGroupsPath(ListBadgeGroupsRequest request, int page)
        => BadgeQueryMapper.Query(GroupPath, ("order", request.Order?.Value), ("size", BadgeQueryMapper.Number(request.PageSize)), ("page", BadgeQueryMapper.Number(page)));

    public static string ListCustomFieldsPath(ListCustomFieldsRequest request, int page) => BadgeQueryMapper.Query(
        CustomFieldPath,
        ("isActive", BadgeQueryMapper.Bool(request.IsActive)),
        ("sortOn", request.SortOn?.Value),
        ("order", request.Order?.Value),
        ("size", BadgeQueryMapper.Number(request.PageSize)),
        ("page", BadgeQueryMapper.Number(page)));

    public static BadgeGroupBodyWire ToWire(string name, int rank) => new() { Name = name, Rank = rank };

    public static CustomFieldBodyWire ToWire(CreateCustomFieldRequest request) => new()
    {
        Name = request.Name,
        IsMandatory = request.IsMandatory,
        DefaultValue = request.DefaultValue,
        DataType = request.DataType.Value,
    };

    public static CustomFieldBodyWire ToWire(UpdateCustomFieldRequest request) => new()
    {
        Name = request.Name,
        IsMandatory = request.IsMandatory,
        DefaultValue = request.DefaultValue,
        IsActive = request.IsActive,
        DataType = request.DataType.Value,
    };

    public static BadgeGroup FromWire(BadgeGroupWire wire) => new()
    {
        Id = wire.Id ?? string.Empty,
        OrgId = wire.OrgId,
        Name = wire.Name,
        Rank = wire.Rank,
        IsActive = wire.IsActive,
        CreatedBy = wire.CreatedBy,
        CreatedOn = wire.CreatedOnIso ?? wire.CreatedOn,
        LastUpdatedBy = wire.LastUpdatedBy,
        LastUpdatedOn = wire.LastUpdatedOnIso ?? wire.LastUpdatedOn,
    };

    public static BadgeCustomField FromWire(CustomFieldWire wire) => new()
    {
        Id = wire.Id ?? string.Empty,
        OrgId = wire.OrgId,
        Name = wire.Name,
        IsMandatory = wire.IsMandatory,
        DefaultValue = wire.DefaultValue,
        IsActive = wire.IsActive,
        DataType = ExtensibleEnum.From<CustomFieldDataType>(wire.DataType),
        CreatedBy = wire.CreatedBy,
        CreatedOn = wire.CreatedOnIso ?? wire.CreatedOn,
        LastUpdatedBy = wire.LastUpdatedBy,
        LastUpdatedOn = wire.LastUpdatedOnIso ?? wire.LastUpdatedOn,
    };

    // A list may hold JSON nulls whatever its element type says; they are skipped, not dereferenced.
    public static ListBadgeGroupsResult FromWire(BadgeGroupListWire wire, IReadOnlyList<BadgeError> warnings)
    {
        var groups = (wire.BadgeGroups ?? []).OfType<BadgeGroupWire>().Select(FromWire).ToList();
        return BadgeQueryMapper.Paged(new ListBadgeGroupsResult { Groups = groups }, wire.Pagination, groups.Count, warnings);
    }

    public static ListCustomFieldsResult FromWire(CustomFieldListWire wire, IReadOnlyList<BadgeError> warnings)
    {
        var fields = (wire.CustomFieldROList ?? []).OfType<CustomFieldWire>().Select(FromWire).ToList();
        return BadgeQueryMapper.Paged(new ListCustomFieldsResult { Fields = fields }, wire.Pagination, fields.Count, warnings);
    }
}
